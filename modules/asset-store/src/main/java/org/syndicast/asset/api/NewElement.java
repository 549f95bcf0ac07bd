package org.syndicast.asset.api;

import java.util.List;
import java.util.Optional;

import org.syndicast.distribution.api.ElementKind;

/**
 * The description of an element whose bytes are about to be stored.
 *
 * @param id       the wanted id; generated ({@code track-1}, {@code attachment-2}, ...) when empty; an existing
 *                 element with this id is replaced
 * @param kind     track, attachment or catalog
 * @param flavor   {@code type/subtype}; may be null
 * @param mimetype may be null
 * @param fileName the name to publish under; from the upload or the source URL; the id when empty
 * @param width    pixels, when the client knows it
 * @param height   pixels, when the client knows it
 * @param tags     never null
 */
public record NewElement(Optional<String> id, ElementKind kind, String flavor, String mimetype,
        Optional<String> fileName, Integer width, Integer height, List<String> tags) {
    public NewElement {
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
