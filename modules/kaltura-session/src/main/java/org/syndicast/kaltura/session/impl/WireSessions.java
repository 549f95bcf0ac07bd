package org.syndicast.kaltura.session.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaSession;
import org.syndicast.kaltura.api.KalturaSessions;
import org.syndicast.kaltura.session.PartnerSession;
import org.syndicast.kaltura.session.PartnerSessions;
import org.syndicast.kaltura.session.SessionException;

/** The wire's view of a KS ({@link KalturaSessions}), read by this bundle's {@link PartnerSessions}. */
@Component(service = KalturaSessions.class)
public final class WireSessions implements KalturaSessions {
    private final PartnerSessions sessions;

    @Activate
    public WireSessions(@Reference PartnerSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public KalturaSession verify(String ks) {
        try {
            return view(sessions.verify(ks));
        } catch (SessionException e) {
            throw new KalturaException(e.code(), e.getMessage());
        }
    }

    static KalturaSession view(PartnerSession s) {
        return new KalturaSession(s.partnerId(), s.userId(), s.type().value(), s.privileges(), s.expires());
    }
}
