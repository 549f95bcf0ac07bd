package org.syndicast.channel.s3.impl;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;

/**
 * The key layout {@code {prefix}{org}/{channelId}/{mpId}/{elementId}/{file}} and its URLs. A URL is a base plus
 * the key with every segment percent-encoded (UTF-8, only {@code A-Z a-z 0-9 - . _ ~} kept), so the key can be
 * read back from a URL: that is how retract finds an object after the prefix or the public URL changed.
 */
final class ObjectKeys {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
            url.append('/').append(encode(segment));
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
            Optional<String> segment = decode(encoded).filter(Segments::isValid);
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

    static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 16);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /** Strict percent-decoding of one segment: a broken escape or invalid UTF-8 is empty, never guessed at. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return Optional.empty(); // raw URIs from java.net.URI are ASCII; anything else is refused
                }
                bytes.write(plain, 0, plain.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
