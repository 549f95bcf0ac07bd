package org.syndicast.distribution.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A media package (Opencast), entry (Kaltura) or asset (EnterMediaDB): one piece of content and its elements.
 *
 * @param id       the media package id
 * @param title    may be null
 * @param elements tracks, catalogs and attachments in document order
 * @param xml      the document it was read from, kept verbatim for job arguments; may be null when built in code
 */
public record MediaPackage(String id, String title, List<MediaPackageElement> elements, String xml) {

    public MediaPackage {
        Objects.requireNonNull(id, "id");
        elements = List.copyOf(elements == null ? List.of() : elements);
    }

    /** The element with this id, if the package has one. */
    public Optional<MediaPackageElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }
}
