package org.syndicast.kaltura.session;

import java.util.Objects;

/**
 * A Kaltura partner: one of Syndicast's tenants. Its {@code organization} is the Opencast organization and
 * the asset store's tenant it is; every call made with a KS of this partner acts there and nowhere else. The
 * partner's secrets are not part of this value: they never leave the session service.
 *
 * @param id           the partner id, positive
 * @param name         a name for people
 * @param organization the tenant, a valid segment
 */
public record Partner(int id, String name, String organization) {
    public Partner {
        if (id <= 0) {
            throw new IllegalArgumentException("a partner id is positive: " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organization, "organization");
    }
}
