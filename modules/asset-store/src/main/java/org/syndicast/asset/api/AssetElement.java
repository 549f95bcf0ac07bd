package org.syndicast.asset.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.syndicast.distribution.api.ElementKind;

/**
 * One stored file of an asset.
 *
 * @param id       unique within its asset; one path segment
 * @param kind     track, attachment or catalog
 * @param flavor   {@code type/subtype}, e.g. {@code presenter/source}; may be null
 * @param mimetype may be null
 * @param fileName the name the bytes are published under; one path segment
 * @param size     bytes
 * @param md5      hex, computed while the bytes streamed in
 * @param sha256   hex, computed while the bytes streamed in; also the content store's key
 * @param width    pixels, images only; may be null
 * @param height   pixels, images only; may be null
 * @param tags     never null
 * @param created  when the bytes were stored
 */
public record AssetElement(String id, ElementKind kind, String flavor, String mimetype, String fileName, long size,
        String md5, String sha256, Integer width, Integer height, List<String> tags, Instant created) {
    public AssetElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
