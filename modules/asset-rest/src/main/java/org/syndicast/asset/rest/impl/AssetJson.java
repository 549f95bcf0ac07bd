package org.syndicast.asset.rest.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.asset.api.AssetUpdate;
import org.syndicast.asset.api.DeletionReport;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.InvalidInputException;

/** Assets and their parts as JSON-ready maps, and metadata updates read from JSON members or form fields. */
final class AssetJson {
    private AssetJson() {
    }

    static Map<String, Object> asset(Asset a) {
        return Replies.ordered("id", a.id(), "title", a.title(), "description", a.description(), "tags", a.tags(),
                "fields", a.fields(), "readiness", a.readiness().name(), "moderation", a.moderation().name(),
                "version", a.version(), "created", a.created().toString(), "modified", a.modified().toString(),
                "elements", a.elements().stream().map(AssetJson::element).toList());
    }

    static Map<String, Object> element(AssetElement e) {
        return Replies.ordered("id", e.id(), "kind", e.kind().tag(), "flavor", e.flavor(), "mimetype", e.mimetype(),
                "fileName", e.fileName(), "size", e.size(), "md5", e.md5(), "sha256", e.sha256(), "width", e.width(),
                "height", e.height(), "tags", e.tags(), "created", e.created().toString());
    }

    static Map<String, Object> page(AssetPage p, int offset, int limit) {
        return Replies.ordered("total", p.total(), "offset", offset, "limit", limit,
                "assets", p.assets().stream().map(AssetJson::asset).toList());
    }

    static Map<String, Object> change(AssetChange c) {
        return Replies.ordered("sequence", c.sequence(), "assetVersion", c.assetVersion(), "kind", c.kind(),
                "user", c.user(), "at", c.at().toString(), "detail", c.detail());
    }

    static Map<String, Object> report(DeletionReport r) {
        return Replies.ordered("assetId", r.assetId(), "elementsRemoved", r.elements(), "linksRemoved", r.linksRemoved(),
                "filesRemoved", r.filesRemoved(), "bytesRemoved", r.bytesRemoved(), "publications", r.publications(),
                "retractionJobs", r.retractionJobs());
    }

    /** A metadata update from JSON members or form fields; unknown members are refused, so typos are not lost. */
    static AssetUpdate update(Map<String, Object> m) {
        for (String key : m.keySet()) {
            if (!List.of("id", "title", "description", "tags", "fields", "readiness", "moderation").contains(key)) {
                throw new InvalidInputException("UNKNOWN_FIELD", "Unknown member '" + key + "'");
            }
        }
        return new AssetUpdate(Optional.ofNullable(Bodies.string(m, "title")),
                Optional.ofNullable(Bodies.string(m, "description")), Optional.ofNullable(tags(m.get("tags"))),
                Optional.ofNullable(fields(m.get("fields"))),
                Optional.ofNullable(Bodies.string(m, "readiness")).map(s -> status(Readiness.class, s, "readiness")),
                Optional.ofNullable(Bodies.string(m, "moderation")).map(s -> status(Moderation.class, s, "moderation")));
    }

    /** Tags as a JSON array or a comma-separated string. */
    static List<String> tags(Object v) {
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(t -> out.add(String.valueOf(t).strip()));
        } else if (v instanceof String s) {
            for (String t : s.split(",")) {
                out.add(t.strip());
            }
        } else {
            throw new InvalidInputException("INVALID_PARAMETER", "'tags' must be an array or a comma-separated string");
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static Map<String, String> fields(Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new InvalidInputException("INVALID_PARAMETER", "'fields' must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, val) -> out.put(String.valueOf(k), val == null ? "" : String.valueOf(val)));
        return out;
    }

    static <E extends Enum<E>> E status(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_STATUS", "Unknown " + name + " '" + value.trim() + "'");
        }
    }
}
