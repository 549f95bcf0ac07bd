package org.syndicast.asset.api;

import java.time.Instant;

/**
 * One recorded change of an asset: what later features (Kaltura's entry updates, re-distribution) look at to
 * tell what changed.
 *
 * @param sequence     increases with every change, across assets
 * @param assetId      the asset
 * @param assetVersion the asset's version after the change
 * @param kind         e.g. {@code CREATED}, {@code METADATA}, {@code ELEMENT_ADDED}, {@code DELETED}
 * @param user         who made it
 * @param at           when
 * @param detail       what changed, for people (field names, element id); may be empty
 */
public record AssetChange(long sequence, String assetId, long assetVersion, String kind, String user, Instant at,
        String detail) {
}
