package org.syndicast.asset.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of content: an Opencast media package, a Kaltura entry, an EnterMediaDB asset.
 *
 * @param id          unique within its tenant; one path segment
 * @param tenant      the organization (Opencast) or partner (Kaltura) that owns it
 * @param title       may be null
 * @param description may be null
 * @param tags        never null
 * @param fields      free metadata fields, never null
 * @param readiness   never null
 * @param moderation  never null
 * @param version     bumps on every change of the asset or its elements
 * @param created     creation time
 * @param modified    time of the last change
 * @param elements    in the order they were added
 */
public record Asset(String id, String tenant, String title, String description, List<String> tags,
        Map<String, String> fields, Readiness readiness, Moderation moderation, long version, Instant created,
        Instant modified, List<AssetElement> elements) {
    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        tags = List.copyOf(tags == null ? List.of() : tags);
        fields = Map.copyOf(fields == null ? Map.of() : fields);
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(moderation, "moderation");
        elements = List.copyOf(elements == null ? List.of() : elements);
    }

    /** The element with this id, if the asset has one. */
    public Optional<AssetElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }
}
