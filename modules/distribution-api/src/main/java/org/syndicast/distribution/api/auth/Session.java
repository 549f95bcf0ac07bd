package org.syndicast.distribution.api.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in caller as a session key says: user, tenant, roles and when the key stops working.
 *
 * @param user         the user name
 * @param organization the tenant every call of this session acts in
 * @param roles        the user's roles when the session was issued
 * @param expires      the end of the key's validity
 */
public record Session(String user, String organization, Set<String> roles, Instant expires) {
    public Session {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(organization, "organization");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        Objects.requireNonNull(expires, "expires");
    }
}
