package org.syndicast.distribution.api.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-encoding of one URI path segment (RFC 3986) in UTF-8: the one encoder behind every URL a channel
 * answers with (download files, S3 objects, FTP/SFTP files). Encoding keeps only the unreserved characters
 * {@code A-Z a-z 0-9 - . _ ~} as they are, which is always a valid segment whatever the channel; decoding is
 * strict: {@code +} stays a plus (it means a space only in query strings), and a broken escape or bytes that are
 * not UTF-8 are refused rather than guessed at.
 */
public final class UriSegments {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriSegments() {
    }

    /** The segment with every UTF-8 byte other than {@code A-Z a-z 0-9 - . _ ~} written as {@code %XX}. */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 16);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * The decoded segment, or empty when {@code raw} holds a malformed escape or the bytes are not UTF-8.
     * The result may contain any character, {@code /}, {@code ..} and control characters included: callers
     * validate it as a segment (e.g. with {@code Segments.isValid}).
     */
    public static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            // copy the unescaped run in one piece so that surrogate pairs stay together
            byte[] plain = raw.substring(i, percent < 0 ? raw.length() : percent).getBytes(StandardCharsets.UTF_8);
            bytes.write(plain, 0, plain.length);
            if (percent < 0) {
                break;
            }
            int hi = percent + 1 < raw.length() ? Character.digit(raw.charAt(percent + 1), 16) : -1;
            int lo = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes.write((hi << 4) | lo);
            i = percent + 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
