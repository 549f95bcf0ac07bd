package org.syndicast.asset.rest.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.distribution.api.ElementKind;

/**
 * Which element an EnterMediaDB rendition name serves. An element named for it wins: its flavor's subtype or one
 * of its tags is the name (flavor {@code presenter/thumb}, tag {@code largeimage}). Otherwise: {@code original} (and the base
 * URL) is the first track, else the first element; {@code largeimage} is the largest image, {@code thumb} the
 * smallest; any other name is an element flavor ({@code presenter/source}) or element id.
 */
final class Renditions {
    static final List<String> NAMED = List.of("original", "largeimage", "thumb");

    private Renditions() {
    }

    static Optional<AssetElement> pick(Asset asset, String rendition) {
        String name = rendition == null || rendition.isBlank() ? "original" : rendition.toLowerCase(Locale.ROOT);
        Optional<AssetElement> named = asset.elements().stream().filter(e -> namedFor(e, name)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return switch (name) {
            case "original" -> asset.elements().stream().filter(e -> e.kind() == ElementKind.TRACK).findFirst()
                    .or(() -> asset.elements().stream().findFirst());
            case "largeimage" -> images(asset).max(Comparator.comparingLong(Renditions::area));
            case "thumb" -> images(asset).min(Comparator.comparingLong(Renditions::area));
            default -> asset.elements().stream().filter(e -> rendition.equals(e.flavor()) || rendition.equals(e.id()))
                    .findFirst();
        };
    }

    private static boolean namedFor(AssetElement e, String name) {
        boolean subtype = e.flavor() != null && e.flavor().toLowerCase(Locale.ROOT).endsWith("/" + name);
        return subtype || e.tags().stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }

    private static java.util.stream.Stream<AssetElement> images(Asset asset) {
        return asset.elements().stream().filter(e -> e.mimetype() != null && e.mimetype().startsWith("image/"));
    }

    private static long area(AssetElement e) {
        return e.width() != null && e.height() != null ? (long) e.width() * e.height() : e.size();
    }
}
