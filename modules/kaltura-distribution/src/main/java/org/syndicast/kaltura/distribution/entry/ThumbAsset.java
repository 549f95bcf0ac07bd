package org.syndicast.kaltura.distribution.entry;

import java.util.List;
import java.util.Objects;

/**
 * A Kaltura thumbnail asset: one image attachment of the entry's asset, with the size the asset store measured.
 *
 * @param id        the element id
 * @param entryId   the asset id
 * @param width     pixels; null when the store could not measure it
 * @param height    pixels; null when the store could not measure it
 * @param flavor    the Syndicast flavor, e.g. {@code presenter/player+preview}; may be null
 * @param fileName  the element's file name
 * @param fileExt   the extension without the dot; may be null
 * @param mimetype  may be null
 * @param size      bytes
 * @param tags      never null
 * @param createdAt unix seconds
 */
public record ThumbAsset(String id, String entryId, Integer width, Integer height, String flavor, String fileName,
        String fileExt, String mimetype, long size, List<String> tags, long createdAt) {
    public ThumbAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
