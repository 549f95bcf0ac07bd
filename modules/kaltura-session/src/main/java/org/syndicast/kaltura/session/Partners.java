package org.syndicast.kaltura.session;

import java.util.List;
import java.util.Optional;

/**
 * The configured partners, as they are now (configuration changes apply live). Partners whose id or
 * organization is configured twice are in conflict and left out until the conflict is resolved, so that a
 * partner id always means exactly one organization and an organization at most one partner.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Partners {

    /** The partner with this id; empty when none is configured (or it is in conflict). */
    Optional<Partner> find(int id);

    /** The partner that is this organization; empty when none is. */
    Optional<Partner> ofOrganization(String organization);

    /** Every usable partner, by id. */
    List<Partner> all();
}
