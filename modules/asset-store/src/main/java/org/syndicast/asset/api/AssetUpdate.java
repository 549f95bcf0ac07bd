package org.syndicast.asset.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A change of an asset's metadata or statuses; every empty part is left as it is. Given {@code fields} are
 * merged into the asset's (a field set to the empty string is removed).
 */
public record AssetUpdate(Optional<String> title, Optional<String> description, Optional<List<String>> tags,
        Optional<Map<String, String>> fields, Optional<Readiness> readiness, Optional<Moderation> moderation) {

    /** An update that changes nothing, to start from. */
    public static AssetUpdate none() {
        return new AssetUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Whether this update changes nothing. */
    public boolean isEmpty() {
        return title.isEmpty() && description.isEmpty() && tags.isEmpty() && fields.isEmpty() && readiness.isEmpty()
                && moderation.isEmpty();
    }
}
