package org.syndicast.kaltura.distribution.entry;

import java.util.Optional;

/** Kaltura entries of a partner, read from the asset store. */
public interface Entries {

    /** The entry, when the partner has an asset with this id; another partner's asset is answered as absent. */
    Optional<Entry> find(String partnerId, String entryId);

    /** The flavor params table in use. */
    FlavorParamsTable flavorParams();
}
