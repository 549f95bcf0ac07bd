package org.syndicast.channel.s3.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.ElementContent;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Uploads one element to one key, streaming, with bounded memory, checked end to end:
 * <ul>
 * <li>a local file below {@code multipart.threshold.bytes}: one PUT straight from the file;</li>
 * <li>anything else is read part by part into pooled buffers; when it all fits in the first part it is one PUT
 * from that buffer, otherwise a multipart upload ({@link MultipartUpload}).</li>
 * </ul>
 * Every request carries a checksum of its bytes ({@link Integrity}: CRC32C, or Content-MD5), so the store refuses
 * bytes that changed on the way; what the store answers is compared with it, and the stored size with the size
 * read and announced.
 */
final class ElementUploader {
    private static final Logger LOG = LoggerFactory.getLogger(ElementUploader.class);

    /** What was stored: the key, its size, its ETag and how many parts it took (1 for a single PUT). */
    record Uploaded(String key, long bytes, String etag, int parts) {
    }

    private ElementUploader() {
    }

    static Uploaded upload(S3Target target, String key, String contentType, ElementContent content)
            throws DistributionException {
        S3Settings settings = target.settings();
        try {
            OptionalLong size = content.size();
            Optional<Path> file = content.localFile();
            if (file.isPresent() && size.isPresent() && size.getAsLong() < settings.uploads().multipartThreshold()) {
                return putFile(target, key, contentType, file.get(), size.getAsLong());
            }
            return putParts(target, key, contentType, content, size);
        } catch (IOException e) {
            throw DistributionException.transientFailure("SOURCE_IO", "Could not read the bytes of " + key + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DistributionException.transientFailure("INTERRUPTED", "Upload of " + key + " was interrupted", e);
        }
    }

    private static Uploaded putParts(S3Target target, String key, String contentType, ElementContent content,
            OptionalLong size) throws IOException, InterruptedException, DistributionException {
        PartBuffers buffers = target.buffers();
        try (PartSource source = PartSource.open(content)) {
            byte[] first = buffers.acquire();
            int length;
            try {
                length = source.fill(first);
            } catch (IOException | RuntimeException e) {
                buffers.release(first);
                throw e;
            }
            if (length < first.length) {
                try {
                    checkSize(key, length, size);
                    return putBuffer(target, key, contentType, first, length);
                } finally {
                    buffers.release(first);
                }
            }
            // the multipart upload owns the first buffer from here and gives it back
            return new MultipartUpload(target, key, contentType).run(source, first, size);
        }
    }

    private static Uploaded putFile(S3Target target, String key, String contentType, Path file, long size)
            throws IOException, DistributionException {
        Integrity integrity = Integrity.of(target.settings().uploads().checksum(), file);
        Uploaded uploaded = put(target, key, contentType, RequestBody.fromFile(file), size, integrity);
        if (Files.size(file) != size) {
            delete(target, key);
            throw DistributionException.transientFailure("SIZE_MISMATCH", "The source of " + key
                    + " changed while it was uploaded", null);
        }
        return uploaded;
    }

    private static Uploaded putBuffer(S3Target target, String key, String contentType, byte[] buffer, int length)
            throws DistributionException {
        RequestBody body = RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                contentType);
        return put(target, key, contentType, body, length,
                Integrity.of(target.settings().uploads().checksum(), buffer, 0, length));
    }

    private static Uploaded put(S3Target target, String key, String contentType, RequestBody body, long length,
            Integrity integrity) throws DistributionException {
        S3Settings settings = target.settings();
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(settings.bucket()).key(key)
                .contentType(contentType).contentLength(length);
        integrity.applyTo(request);
        if (!settings.storageClass().isEmpty()) {
            request.storageClass(settings.storageClass());
        }
        if (!settings.objectAcl().isEmpty()) {
            request.acl(settings.objectAcl());
        }
        PutObjectResponse response;
        try {
            response = target.s3().putObject(request.build(), body);
        } catch (SdkException e) {
            throw S3Errors.mapUpload(e, target, "upload", settings.bucket() + "/" + key);
        }
        if (!integrity.confirmedBy(response.eTag(), response.checksumCRC32C(), settings.uploads().verifyEtag())) {
            delete(target, key);
            throw DistributionException.transientFailure("CHECKSUM_MISMATCH", "S3 stored " + key + " with ETag "
                    + response.eTag() + " / CRC32C " + response.checksumCRC32C() + ", which does not match the "
                    + integrity.describe() + " of the bytes sent", null);
        }
        LOG.debug("Put {} ({} bytes) in one request", key, length);
        return new Uploaded(key, length, Md5.unquote(response.eTag()), 1);
    }

    static void checkSize(String key, long read, OptionalLong announced) throws DistributionException {
        if (announced.isPresent() && announced.getAsLong() != read) {
            throw DistributionException.transientFailure("SIZE_MISMATCH", "Read " + read + " bytes for " + key
                    + " where " + announced.getAsLong() + " were announced: the source changed", null);
        }
    }

    /** Takes a bad object down again, best effort: the job fails anyway and retracts what it placed. */
    static void delete(S3Target target, String key) {
        try {
            target.s3().deleteObject(d -> d.bucket(target.settings().bucket()).key(key));
        } catch (SdkException e) {
            LOG.warn("Could not remove the faulty object {}: {}", key, e.getMessage());
        }
    }
}
