package org.syndicast.asset.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of a tenant's assets, newest first.
 *
 * @param tenant     whose assets
 * @param text       part of the title, case-insensitive
 * @param tag        an exact tag
 * @param readiness  only this readiness
 * @param moderation only this moderation status
 * @param offset     assets to skip
 * @param limit      most assets returned
 */
public record AssetQuery(String tenant, Optional<String> text, Optional<String> tag, Optional<Readiness> readiness,
        Optional<Moderation> moderation, int offset, int limit) {
    public AssetQuery {
        Objects.requireNonNull(tenant, "tenant");
        offset = Math.max(0, offset);
        limit = Math.max(0, limit);
    }
}
