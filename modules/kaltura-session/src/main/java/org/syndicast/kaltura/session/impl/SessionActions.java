package org.syndicast.kaltura.session.impl;

import java.util.Objects;

import org.syndicast.kaltura.session.PartnerSessions;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

/**
 * The actions of Kaltura's {@code session} service on parsed parameters, for the {@code /api_v3} wire to
 * call: {@code start} needs no KS, {@code end} takes the call's own KS. Each answers what the wire puts into
 * {@code <result>}, or throws {@link SessionException} with the Kaltura code to answer.
 */
public final class SessionActions {
    private final PartnerSessions sessions;

    public SessionActions(PartnerSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * {@code session.start}.
     *
     * @param partnerId  {@code partnerId}; null when absent ({@code MISSING_MANDATORY_PARAMETER})
     * @param secret     {@code secret}; null when absent ({@code MISSING_MANDATORY_PARAMETER})
     * @param userId     {@code userId}; null or empty for none
     * @param type       {@code type}; null means 0 (USER); anything but 0 and 2 is {@code INVALID_ENUM_VALUE}
     * @param expiry     {@code expiry} in seconds; null or 0 means the configured default (86400)
     * @param privileges {@code privileges}; null for none
     * @return the KS, the whole text of {@code <result>}
     */
    public String start(Integer partnerId, String secret, String userId, Integer type, Long expiry,
            String privileges) {
        if (partnerId == null) {
            throw new SessionException(SessionException.MISSING_MANDATORY_PARAMETER, "Missing parameter \"partnerId\"");
        }
        if (secret == null || secret.isEmpty()) {
            throw new SessionException(SessionException.MISSING_MANDATORY_PARAMETER, "Missing parameter \"secret\"");
        }
        SessionType t = type == null ? SessionType.USER : SessionType.of(type);
        return sessions.start(partnerId, secret, userId, t, expiry == null ? 0 : expiry, privileges);
    }

    /**
     * {@code session.end}: ends the call's KS. A void action: the wire answers an empty {@code <result>}.
     *
     * @param ks the call's {@code ks}; null when absent ({@code MISSING_KS})
     */
    public void end(String ks) {
        if (ks == null || ks.isEmpty()) {
            throw new SessionException(SessionException.MISSING_KS, "Missing KS, session not established");
        }
        sessions.end(ks);
    }
}
