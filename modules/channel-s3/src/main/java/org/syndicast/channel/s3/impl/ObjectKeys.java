package org.syndicast.channel.s3.impl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.http.UriSegments;

/**
 * The key layout {@code {prefix}{org}/{channelId}/{mpId}/{elementId}/{file}} and its URLs. A URL is a base plus
 * the key with every segment percent-encoded (UTF-8, only {@code A-Z a-z 0-9 - . _ ~} kept), so the key can be
 * read back from a URL: that is how retract finds an object after the prefix or the public URL changed.
 */
final class ObjectKeys {
    private ObjectKeys() {
    }

    /** The "directory" of one element: every object of the element lies below it. */
    static String elementPrefix(String keyPrefix, Publication publication, String elementId) {
        return keyPrefix + publication.organization() + "/" + publication.channelId() + "/"
                + publication.mediaPackageId() + "/" + Segments.require("elementId", elementId) + "/";
    }

    static String key(String keyPrefix, Publication publication, String elementId, String fileName) {
        return elementPrefix(keyPrefix, publication, elementId) + Segments.require("file name", fileName);
    }

    /** {@code base/} followed by the key, each segment percent-encoded. */
    static URI url(String base, String key) {
        StringBuilder url = new StringBuilder(base);
        for (String segment : key.split("/", -1)) {
            url.append('/').append(UriSegments.encode(segment));
        }
        return URI.create(url.toString());
    }

    /**
     * The key a URL under {@code base} names, if it is one of this element's objects: below {@code base}, and
     * ending in {@code {org}/{channelId}/{mpId}/{elementId}/{file}} of this very element (whatever prefix came
     * before). Anything else is empty, so a caller can never make retract delete someone else's object.
     */
    static Optional<String> keyOf(URI url, String base, Publication publication, String elementId) {
        if (url == null || url.getRawPath() == null) {
            return Optional.empty();
        }
        String raw = url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
        if (!raw.startsWith(base + "/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String encoded : raw.substring(base.length() + 1).split("/", -1)) {
            Optional<String> segment = UriSegments.decode(encoded).filter(Segments::isValid);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        int n = segments.size();
        if (n < 5 || !segments.get(n - 5).equals(publication.organization())
                || !segments.get(n - 4).equals(publication.channelId())
                || !segments.get(n - 3).equals(publication.mediaPackageId())
                || !segments.get(n - 2).equals(elementId)) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", segments));
    }
}
