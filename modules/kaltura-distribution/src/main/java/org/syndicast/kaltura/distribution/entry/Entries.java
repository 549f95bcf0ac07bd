package org.syndicast.kaltura.distribution.entry;

import java.util.Optional;

/** Kaltura entries of a partner, read from the asset store. */
public interface Entries {

    /** The entry, when the tenant (the partner's organization) has an asset with this id; another tenant's is absent. */
    Optional<Entry> find(String tenant, String entryId);

    /** The flavor params table in use. */
    FlavorParamsTable flavorParams();
}
