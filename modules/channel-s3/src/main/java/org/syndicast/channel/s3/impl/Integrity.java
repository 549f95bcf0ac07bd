package org.syndicast.channel.s3.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32C;

import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The checksum of the bytes of one request, computed by the channel before they are sent. The store checks the
 * bytes it receives against it and refuses them (BadDigest) when they differ; the channel then checks what the
 * store answers: the checksum it echoes, or with MD5 the ETag.
 *
 * <ul>
 * <li>{@link Mode#CRC32C} (default): {@code x-amz-checksum-crc32c}, S3's flexible checksums (AWS, MinIO, Ceph,
 * ...); cheap to compute (a CPU instruction), and independent of the bucket's encryption.</li>
 * <li>{@link Mode#MD5}: {@code Content-MD5}, which every S3-compatible store checks; ETags compared with the MD5
 * unless {@code verify.etag} is off (SSE-KMS / SSE-C ETags are not MD5s). MD5 costs far more CPU.</li>
 * </ul>
 */
record Integrity(Mode mode, byte[] md5, String crc32c) {

    /** Which checksum the channel sends. */
    enum Mode {
        CRC32C, MD5;

        static Mode of(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("checksum must be crc32c or md5: " + value, e);
            }
        }
    }

    static Integrity of(Mode mode, byte[] bytes, int offset, int length) {
        if (mode == Mode.MD5) {
            return new Integrity(mode, Md5.of(bytes, offset, length), null);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return new Integrity(mode, null, encode(crc.getValue()));
    }

    static Integrity of(Mode mode, Path file) throws IOException {
        if (mode == Mode.MD5) {
            return new Integrity(mode, Md5.of(file), null);
        }
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
        }
        return new Integrity(mode, null, encode(crc.getValue()));
    }

    void applyTo(PutObjectRequest.Builder request) {
        if (mode == Mode.MD5) {
            request.contentMD5(Md5.base64(md5));
        } else {
            request.checksumAlgorithm(ChecksumAlgorithm.CRC32_C).checksumCRC32C(crc32c);
        }
    }

    void applyTo(UploadPartRequest.Builder request) {
        if (mode == Mode.MD5) {
            request.contentMD5(Md5.base64(md5));
        } else {
            request.checksumAlgorithm(ChecksumAlgorithm.CRC32_C).checksumCRC32C(crc32c);
        }
    }

    /**
     * Whether the store's answer confirms the bytes: the CRC32C it echoes (a store that echoes none has still
     * checked the header, or does not know flexible checksums: see the docs), or with MD5 the ETag.
     */
    boolean confirmedBy(String etag, String echoedCrc32c, boolean verifyEtag) {
        if (mode == Mode.MD5) {
            return !verifyEtag || Md5.matches(etag, md5);
        }
        return echoedCrc32c == null || echoedCrc32c.equals(crc32c);
    }

    /** What was sent, for messages. */
    String describe() {
        return mode == Mode.MD5 ? "MD5 " + Md5.base64(md5) : "CRC32C " + crc32c;
    }

    private static String encode(long crc) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc).array());
    }
}
