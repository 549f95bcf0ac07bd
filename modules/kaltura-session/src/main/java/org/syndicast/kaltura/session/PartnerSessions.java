package org.syndicast.kaltura.session;

/**
 * Starts, checks and ends Kaltura sessions (KS). A KS is text of {@code [A-Za-z0-9._~-]} only, so that it
 * travels unencoded in a URL (the Java client puts it there as it is). It is signed with the server's shared
 * secret ({@link org.syndicast.distribution.api.auth.ServerKeys}), so every node accepts it; the partner's
 * secrets only authorise {@link #start}. A KS stops working when it expires, when it is {@link #end ended} (on
 * every node sharing the database), when its partner is removed, and when the partner's organization or the
 * secret it was started with changes. Never log a KS: it is a credential.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PartnerSessions {

    /**
     * {@code session.start}: a new KS.
     *
     * @param partnerId     the partner
     * @param secret        the partner's secret (USER only) or admin secret (USER or ADMIN)
     * @param userId        the user the session is for; null or empty for none
     * @param type          USER or ADMIN
     * @param expirySeconds how long the KS works; 0 or less means the configured default (86400), more than
     *                      the configured maximum means the maximum
     * @param privileges    Kaltura's privileges text, carried as it is; null for none
     * @return the KS
     * @throws SessionException {@code START_SESSION_ERROR} for an unknown partner or a wrong secret (the same
     *                          answer for both), {@code MISSING_MANDATORY_PARAMETER} without a secret,
     *                          {@code PROPERTY_VALIDATION_WRONG_FORMAT} for a user id or privileges too long
     *                          or with control characters
     */
    String start(int partnerId, String secret, String userId, SessionType type, long expirySeconds, String privileges);

    /**
     * The session of a KS.
     *
     * @throws SessionException {@code INVALID_KS}, with a message saying why (not a KS of this server, expired,
     *                          ended, partner unknown or changed); the message never contains the KS
     */
    PartnerSession verify(String ks);

    /**
     * {@code session.end}: ends a KS on every node sharing the database; it is refused from now on.
     *
     * @return the session that was ended
     * @throws SessionException {@code INVALID_KS} when the KS does not work (already ended included)
     */
    PartnerSession end(String ks);
}
