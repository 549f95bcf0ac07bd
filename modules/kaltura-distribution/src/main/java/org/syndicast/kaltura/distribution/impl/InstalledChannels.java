package org.syndicast.kaltura.distribution.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProvider;
import org.syndicast.kaltura.distribution.profile.DistributionProviders;

/**
 * The providers, live: each {@link Channel} whose bundle has at least one {@code DistributionService} registered
 * (its {@code distribution.channel} property) is listed; a channel uninstalled disappears at once.
 */
@Component(service = DistributionProviders.class)
public final class InstalledChannels implements DistributionProviders {
    /** service.id of each channel service, by channel. */
    private final Map<Channel, Map<Long, Boolean>> services = new ConcurrentHashMap<>();

    @Reference(service = DistributionService.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindService(Map<String, Object> properties) {
        channel(properties).ifPresent(c -> services.computeIfAbsent(c, k -> new ConcurrentHashMap<>())
                .put(serviceId(properties), Boolean.TRUE));
    }

    void unbindService(Map<String, Object> properties) {
        channel(properties).ifPresent(c -> services.computeIfPresent(c, (k, ids) -> {
            ids.remove(serviceId(properties));
            return ids.isEmpty() ? null : ids;
        }));
    }

    private static java.util.Optional<Channel> channel(Map<String, Object> properties) {
        Object name = properties.get(DistributionService.CHANNEL_PROPERTY);
        return name == null ? java.util.Optional.empty() : Channel.ofName(name.toString());
    }

    private static long serviceId(Map<String, Object> properties) {
        Object id = properties.get("service.id");
        return id instanceof Number n ? n.longValue() : System.identityHashCode(properties);
    }

    @Override
    public boolean installed(Channel channel) {
        return services.containsKey(channel);
    }

    @Override
    public List<DistributionProvider> list(String partnerId) {
        List<DistributionProvider> list = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (installed(c)) {
                list.add(DistributionProvider.of(c));
            }
        }
        return list;
    }
}
