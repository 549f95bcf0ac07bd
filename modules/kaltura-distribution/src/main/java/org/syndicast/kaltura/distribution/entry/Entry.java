package org.syndicast.kaltura.distribution.entry;

import java.util.List;
import java.util.Objects;

/**
 * A Kaltura entry: one asset of a partner as Kaltura sees it.
 *
 * @param id               the asset id
 * @param partnerId        the asset's tenant
 * @param name             the asset's title; may be null
 * @param description      may be null
 * @param tags             never null
 * @param status           {@code KalturaEntryStatus}: see {@link EntryStatus}
 * @param moderationStatus {@code KalturaEntryModerationStatus}: see {@link EntryStatus}
 * @param createdAt        unix seconds
 * @param updatedAt        unix seconds
 * @param flavors          the asset's track elements, in the asset's order
 * @param thumbnails       the asset's image attachments, in the asset's order
 */
public record Entry(String id, String partnerId, String name, String description, List<String> tags, int status,
        int moderationStatus, long createdAt, long updatedAt, List<FlavorAsset> flavors, List<ThumbAsset> thumbnails) {
    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerId, "partnerId");
        tags = List.copyOf(tags == null ? List.of() : tags);
        flavors = List.copyOf(flavors == null ? List.of() : flavors);
        thumbnails = List.copyOf(thumbnails == null ? List.of() : thumbnails);
    }

    /** Whether the entry is READY (the asset's readiness is READY). */
    public boolean ready() {
        return status == EntryStatus.READY;
    }

    /** The flavor assets whose flavor params id is {@code flavorParamsId}. */
    public List<FlavorAsset> flavorsOfParams(int flavorParamsId) {
        return flavors.stream().filter(f -> f.flavorParamsId() != null && f.flavorParamsId() == flavorParamsId)
                .toList();
    }

    /** The thumbnail assets of exactly this size. */
    public List<ThumbAsset> thumbnailsOfSize(int width, int height) {
        return thumbnails.stream().filter(t -> t.width() != null && t.height() != null && t.width() == width
                && t.height() == height).toList();
    }
}
