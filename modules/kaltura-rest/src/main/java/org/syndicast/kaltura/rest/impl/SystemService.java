package org.syndicast.kaltura.rest.impl;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.syndicast.kaltura.api.KalturaActions;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaService;

/**
 * Kaltura's {@code system} service, the part that needs no KS: {@code ping} answers true (a liveness check the
 * clients and monitoring use), {@code getTime} the server's time in unix seconds (clients compare it with their
 * own before they compute a KS expiry).
 */
@Component(service = KalturaService.class, property = KalturaService.NAME + "=system")
public final class SystemService implements KalturaService {
    private final Clock clock;
    private final KalturaActions actions;

    public SystemService() {
        this(Clock.systemUTC());
    }

    SystemService(Clock clock) {
        this.clock = clock;
        this.actions = KalturaActions.of("system", Map.<String, Function<KalturaCall, Object>>of(
                "ping", call -> Boolean.TRUE,
                "getTime", call -> clock.instant().getEpochSecond()));
    }

    @Override
    public Object call(String action, KalturaCall call) {
        return actions.call(action, call);
    }
}
