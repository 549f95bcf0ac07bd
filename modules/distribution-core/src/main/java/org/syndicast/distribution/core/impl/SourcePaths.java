package org.syndicast.distribution.core.impl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Tells whether a raw URL path could name something else once a server, a proxy or a file system decodes it:
 * a dot segment ({@code .} or {@code ..}) or an encoded slash or backslash at any depth of percent-encoding
 * ({@code %2e%2e}, {@code .%2E}, {@code %252e%252e}, {@code %2f}, {@code %255c}), a backslash, a dot segment
 * behind a path parameter ({@code ..;x}, which some servers resolve), a control character, bytes that are not
 * UTF-8 (overlong forms such as {@code %c0%ae} are read as dots by some decoders), or a segment that compatibility
 * normalisation turns into a dot segment (fullwidth dots). The path is decoded again and again until it stops
 * changing, and every stage is checked: whoever decodes it how many times, it never climbs.
 */
final class SourcePaths {
    /** More levels of encoding than any genuine URL has: such a path is refused rather than decoded further. */
    private static final int MAX_DECODINGS = 8;

    private SourcePaths() {
    }

    /** Whether {@code rawPath} (still percent-encoded, as {@link java.net.URI#getRawPath()} gives it) is refused. */
    static boolean hostile(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String stage = rawPath;
        for (int i = 0; i <= MAX_DECODINGS; i++) {
            if (hostileStage(stage)) {
                return true;
            }
            String next = decodeOnce(stage);
            if (next == null) {
                return true; // not UTF-8 once decoded
            }
            if (next.equals(stage)) {
                return false;
            }
            stage = next;
        }
        return true;
    }

    private static boolean hostileStage(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || path.indexOf('\\') >= 0) {
            return true;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        for (String segment : path.split("/", -1)) {
            int params = segment.indexOf(';');
            String name = params < 0 ? segment : segment.substring(0, params);
            if (isDots(name) || isDots(Normalizer.normalize(name, Normalizer.Form.NFKC))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDots(String name) {
        return name.equals(".") || name.equals("..");
    }

    /**
     * One round of percent-decoding as servers do it for paths: {@code %XX} becomes its byte, anything else
     * (a '+' too) stays as it is, a '%' not followed by two hex digits stays a '%'. Null when the bytes are
     * not UTF-8.
     */
    static String decodeOnce(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** ASCII hex digits only: {@link Character#digit} would take other scripts' digits too. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
