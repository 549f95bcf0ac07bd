package org.syndicast.kaltura.rest.impl;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.syndicast.kaltura.api.KalturaService;

/** The {@link KalturaService}s registered now, by lower-case {@code kaltura.service} name. */
final class ServiceRegistry {
    private final Map<String, KalturaService> services = new ConcurrentHashMap<>();

    void add(KalturaService service, Map<String, Object> properties) {
        name(properties).ifPresent(n -> services.put(n, service));
    }

    void remove(KalturaService service, Map<String, Object> properties) {
        name(properties).ifPresent(n -> services.remove(n, service));
    }

    /** The service named {@code name} in any case. */
    Optional<KalturaService> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(services.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> name(Map<String, Object> properties) {
        Object n = properties.get(KalturaService.NAME);
        return n == null || n.toString().isBlank() ? Optional.empty()
                : Optional.of(n.toString().trim().toLowerCase(Locale.ROOT));
    }
}
