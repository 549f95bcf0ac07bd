package org.syndicast.distribution.api.auth;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller, as the one {@link Authentication} service found it: who it is, its roles, the
 * tenant (organization, Kaltura partner, EnterMediaDB catalog) every call of it acts in, and how it proved it.
 *
 * @param user         the user name
 * @param roles        the roles the realm or the session gave it
 * @param organization the tenant it acts in; never null
 * @param scheme       the kind of credential that proved it, e.g. {@code basic}, {@code session}, {@code ks}
 */
public record Caller(String user, Set<String> roles, String organization, String scheme) implements Principal {

    public Caller {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public String getName() {
        return user;
    }

    /** Whether the caller has at least one of {@code wanted}. */
    public boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
