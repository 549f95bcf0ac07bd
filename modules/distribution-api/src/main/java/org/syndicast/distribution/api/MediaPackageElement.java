package org.syndicast.distribution.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a media package: a track, a catalog or an attachment.
 *
 * @param kind       track, catalog or attachment
 * @param id         the element id, unique within its media package
 * @param flavor     the {@code type} attribute, {@code type/subtype}; may be null
 * @param ref        the {@code ref} attribute, e.g. {@code track:track-1}; may be null
 * @param mimetype   may be null
 * @param tags       never null
 * @param url        where the bytes are; may be null only in documents that never ask for the bytes
 * @param size       bytes, or null when unknown
 * @param checksum   may be null
 * @param duration   ms, tracks only; may be null
 * @param extraXml   children this model does not name (a track's {@code audio}, {@code video}, {@code live}, ...),
 *                   kept as serialized XML fragments in document order so that a distributed element is the
 *                   input element with only its URL changed; never null
 */
public record MediaPackageElement(ElementKind kind, String id, String flavor, String ref, String mimetype,
        List<String> tags, URI url, Long size, Checksum checksum, Long duration, List<String> extraXml) {

    public MediaPackageElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags == null ? List.of() : tags);
        extraXml = List.copyOf(extraXml == null ? List.of() : extraXml);
    }

    /** This element with its URL replaced: what a channel returns after publishing it. */
    public MediaPackageElement withUrl(URI newUrl) {
        return new MediaPackageElement(kind, id, flavor, ref, mimetype, tags, newUrl, size, checksum, duration, extraXml);
    }

    /** This element without its {@code ref} attribute. */
    public MediaPackageElement withoutRef() {
        return new MediaPackageElement(kind, id, flavor, null, mimetype, tags, url, size, checksum, duration, extraXml);
    }

    /** The element's URL, if it has one. */
    public Optional<URI> optionalUrl() {
        return Optional.ofNullable(url);
    }
}
