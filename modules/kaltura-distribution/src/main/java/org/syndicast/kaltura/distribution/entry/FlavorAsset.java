package org.syndicast.kaltura.distribution.entry;

import java.util.List;
import java.util.Objects;

/**
 * A Kaltura flavor asset: one track element of the entry's asset.
 *
 * @param id             the element id
 * @param entryId        the asset id
 * @param flavorParamsId the Kaltura flavor params id the element's flavor maps to; null when the table maps none
 * @param flavor         the Syndicast flavor, e.g. {@code presenter/source}; may be null
 * @param fileName       the element's file name
 * @param fileExt        the file name's extension without the dot; may be null
 * @param mimetype       may be null
 * @param size           bytes
 * @param tags           never null
 * @param createdAt      unix seconds
 */
public record FlavorAsset(String id, String entryId, Integer flavorParamsId, String flavor, String fileName,
        String fileExt, String mimetype, long size, List<String> tags, long createdAt) {
    public FlavorAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    /** Whether this is the entry's source (flavor params id 0). */
    public boolean original() {
        return flavorParamsId != null && flavorParamsId == FlavorParamsTable.SOURCE;
    }

    /** Kaltura's size unit for assets: kilobytes, rounded up. */
    public long sizeInKb() {
        return (size + 1023) / 1024;
    }
}
