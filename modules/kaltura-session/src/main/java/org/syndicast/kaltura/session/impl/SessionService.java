package org.syndicast.kaltura.session.impl;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.kaltura.api.KalturaActions;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.session.PartnerSessions;
import org.syndicast.kaltura.session.SessionException;

/**
 * Kaltura's {@code session} service on the wire: {@code start} answers the bare KS, {@code end} ends the call's
 * KS on every node. Neither needs a caller: {@code start} proves itself with the partner's secret.
 */
@Component(service = KalturaService.class, property = KalturaService.NAME + "=session")
public final class SessionService implements KalturaService {
    private final SessionActions actions;
    private final KalturaActions table;

    @Activate
    public SessionService(@Reference PartnerSessions sessions) {
        this.actions = new SessionActions(sessions);
        this.table = KalturaActions.of("session", Map.of("start", this::start, "end", this::end));
    }

    @Override
    public Object call(String action, KalturaCall call) {
        try {
            return table.call(action, call);
        } catch (SessionException e) {
            throw new KalturaException(e.code(), e.getMessage());
        }
    }

    private Object start(KalturaCall call) {
        Params p = call.params();
        return actions.start(p.integer("partnerId").orElse(null), p.string("secret").orElse(null),
                p.string("userId").orElse(null), p.integer("type").orElse(null), p.longValue("expiry").orElse(null),
                p.string("privileges").orElse(null));
    }

    private Object end(KalturaCall call) {
        actions.end(call.params().string("ks").orElse(null));
        return null;
    }
}
