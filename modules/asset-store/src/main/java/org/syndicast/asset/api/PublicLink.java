package org.syndicast.asset.api;

import java.time.Instant;
import java.util.Optional;

/**
 * An EnterMediaDB distribution: a stable, public, unauthenticated address of an asset and its renditions.
 *
 * @param id      globally unique; one path segment
 * @param tenant  the asset's tenant
 * @param assetId the asset
 * @param created when it was made
 * @param expires when it stops answering, if ever
 */
public record PublicLink(String id, String tenant, String assetId, Instant created, Optional<Instant> expires) {

    /** Whether the link answers at {@code now}. */
    public boolean liveAt(Instant now) {
        return expires.map(now::isBefore).orElse(true);
    }
}
