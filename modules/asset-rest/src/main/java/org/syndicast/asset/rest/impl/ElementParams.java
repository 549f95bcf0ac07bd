package org.syndicast.asset.rest.impl;

import java.util.Map;
import java.util.Optional;

import org.syndicast.asset.api.NewElement;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.InvalidInputException;

/** An element's description from form fields, JSON members or query parameters, checked. */
final class ElementParams {
    private ElementParams() {
    }

    static NewElement of(Map<String, Object> f, String mimetype, Optional<String> fileName) {
        String kindText = Optional.ofNullable(Bodies.string(f, "kind")).orElse("track").trim();
        ElementKind kind = ElementKind.ofTag(kindText.toLowerCase(java.util.Locale.ROOT)).orElseThrow(
                () -> new InvalidInputException("INVALID_KIND", "'kind' must be track, attachment or catalog"));
        String flavor = Bodies.string(f, "flavor");
        if (flavor != null && !flavor.isBlank() && !flavor.matches("[^/\\s]+/[^/\\s]+")) {
            throw new InvalidInputException("INVALID_FLAVOR", "'flavor' must be type/subtype, e.g. presenter/source");
        }
        String name = Optional.ofNullable(Bodies.string(f, "fileName")).orElse(fileName.orElse(null));
        return new NewElement(Optional.ofNullable(Bodies.string(f, "id")), kind, blankToNull(flavor),
                blankToNull(mimetype), Optional.ofNullable(name), number(f, "width"), number(f, "height"),
                AssetJson.tags(f.get("tags")));
    }

    private static Integer number(Map<String, Object> f, String name) {
        String v = Bodies.string(f, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("INVALID_PARAMETER", "'" + name + "' must be a positive whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
