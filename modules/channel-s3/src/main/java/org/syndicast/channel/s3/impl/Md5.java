package org.syndicast.channel.s3.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MD5 as S3 uses it: the {@code Content-MD5} header a server checks the received bytes against, and the ETag
 * it answers with: the hex MD5 of a simple object, or the hex MD5 of the parts' MD5s followed by
 * {@code -{parts}} for a multipart one.
 */
final class Md5 {
    private static final Pattern MULTIPART_ETAG = Pattern.compile("[0-9a-f]{32}-[0-9]+");

    private Md5() {
    }

    static byte[] of(byte[] bytes, int offset, int length) {
        MessageDigest md5 = digest();
        md5.update(bytes, offset, length);
        return md5.digest();
    }

    static byte[] of(Path file) throws IOException {
        MessageDigest md5 = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                md5.update(buffer, 0, n);
            }
        }
        return md5.digest();
    }

    static String base64(byte[] md5) {
        return Base64.getEncoder().encodeToString(md5);
    }

    /** The ETag S3 gives a multipart object made of parts with these MD5s, in part order. */
    static String multipartEtag(List<byte[]> partMd5s) {
        MessageDigest md5 = digest();
        partMd5s.forEach(md5::update);
        return HexFormat.of().formatHex(md5.digest()) + "-" + partMd5s.size();
    }

    /** Whether an ETag as returned (quoted or not) is the hex of {@code md5}. */
    static boolean matches(String etag, byte[] md5) {
        return HexFormat.of().formatHex(md5).equals(unquote(etag));
    }

    /** Whether an ETag has the multipart shape, so that it can be checked against {@link #multipartEtag}. */
    static boolean isMultipartEtag(String etag) {
        return MULTIPART_ETAG.matcher(unquote(etag)).matches();
    }

    static String unquote(String etag) {
        String e = etag == null ? "" : etag.trim();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
            e = e.substring(1, e.length() - 1);
        }
        return e.toLowerCase(Locale.ROOT);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
