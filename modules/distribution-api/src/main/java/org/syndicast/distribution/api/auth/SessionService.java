package org.syndicast.distribution.api.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Issues and checks signed, expiring session keys. The REST layer accepts a key as {@code Authorization: Bearer},
 * as EnterMediaDB's {@code entermedia.key} cookie and (Kaltura dialect) as the {@code ks} parameter.
 */
public interface SessionService {

    /** A new key for this user in this tenant, valid for {@code validity}. */
    String issue(String user, String organization, Set<String> roles, Duration validity);

    /** The session of a key, if it is genuine and not expired; empty for anything else (never an exception). */
    Optional<Session> verify(String key);
}
