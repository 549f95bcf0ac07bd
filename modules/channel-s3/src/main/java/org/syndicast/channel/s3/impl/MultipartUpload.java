package org.syndicast.channel.s3.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * One multipart upload. The calling thread reads part after part into pooled buffers; up to
 * {@code upload.concurrency} parts travel at once on the target's part threads, each with its checksum
 * ({@link Integrity}), which the store checks and the channel compares with the store's answer. So at most concurrency + 1 buffers are held
 * by one upload, whatever the element's size. On any failure no further part is started, the parts in flight
 * are waited for, and the upload is aborted, so that no incomplete upload (and its storage) stays behind.
 */
final class MultipartUpload {
    private static final Logger LOG = LoggerFactory.getLogger(MultipartUpload.class);
    /** S3's limit of parts in one upload. */
    static final int MAX_PARTS = 10_000;

    private final S3Target target;
    private final S3Settings settings;
    private final String key;
    private final String contentType;
    private final Semaphore inFlight;
    private final List<Future<?>> running = new ArrayList<>();
    private final Map<Integer, CompletedPart> completed = new ConcurrentSkipListMap<>();
    private final Map<Integer, Integrity> digests = new ConcurrentSkipListMap<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private String uploadId;

    MultipartUpload(S3Target target, String key, String contentType) {
        this.target = target;
        this.settings = target.settings();
        this.key = key;
        this.contentType = contentType;
        this.inFlight = new Semaphore(settings.uploads().concurrency());
    }

    /**
     * Uploads {@code first} (a full buffer, owned by this upload from now on) and the rest of {@code source}.
     *
     * @param announced the size the content announced, checked against the bytes read
     */
    ElementUploader.Uploaded run(PartSource source, byte[] first, OptionalLong announced)
            throws DistributionException, IOException, InterruptedException {
        try {
            uploadId = create();
        } catch (DistributionException | RuntimeException e) {
            target.buffers().release(first);
            throw e;
        }
        try {
            long total = sendParts(source, first);
            awaitParts();
            rethrowFailure();
            ElementUploader.checkSize(key, total, announced);
            ElementUploader.Uploaded uploaded = complete(total);
            LOG.debug("Put {} ({} bytes) in {} parts", key, total, uploaded.parts());
            return uploaded;
        } catch (DistributionException | IOException | InterruptedException | RuntimeException e) {
            awaitPartsQuietly();
            abort();
            throw e;
        }
    }

    private String create() throws DistributionException {
        CreateMultipartUploadRequest.Builder request = CreateMultipartUploadRequest.builder().bucket(settings.bucket())
                .key(key).contentType(contentType);
        if (settings.uploads().checksum() == Integrity.Mode.CRC32C) {
            request.checksumAlgorithm(ChecksumAlgorithm.CRC32_C);
        }
        if (!settings.storageClass().isEmpty()) {
            request.storageClass(settings.storageClass());
        }
        if (!settings.objectAcl().isEmpty()) {
            request.acl(settings.objectAcl());
        }
        try {
            return target.s3().createMultipartUpload(request.build()).uploadId();
        } catch (SdkException e) {
            throw S3Errors.map(e, settings, "start of a multipart upload", where());
        }
    }

    /** Reads and hands out parts until the source ends; returns the bytes read. */
    private long sendParts(PartSource source, byte[] first) throws DistributionException, IOException,
            InterruptedException {
        PartBuffers buffers = target.buffers();
        byte[] buffer = first;
        int length = first.length;
        long total = 0;
        for (int part = 1; ; part++) {
            if (buffer == null) {
                buffer = buffers.acquire();
                try {
                    length = source.fill(buffer);
                } catch (IOException | RuntimeException e) {
                    buffers.release(buffer);
                    throw e;
                }
                if (length == 0) {
                    buffers.release(buffer);
                    return total;
                }
            }
            if (part > MAX_PARTS || failure.get() != null) {
                buffers.release(buffer);
                rethrowFailure();
                throw DistributionException.permanent("TOO_MANY_PARTS", key + " needs more than " + MAX_PARTS
                        + " parts: raise part.size.bytes", null);
            }
            total += length;
            submit(part, buffer, length);
            buffer = null;
            if (length < buffers.partSize()) {
                return total;
            }
        }
    }

    private void submit(int part, byte[] buffer, int length) throws InterruptedException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            target.buffers().release(buffer);
            throw e;
        }
        running.add(target.parts().submit(() -> {
            try {
                uploadPart(part, buffer, length);
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            } finally {
                target.buffers().release(buffer);
                inFlight.release();
            }
        }));
    }

    private void uploadPart(int part, byte[] buffer, int length) throws DistributionException {
        Integrity integrity = Integrity.of(settings.uploads().checksum(), buffer, 0, length);
        UploadPartRequest.Builder request = UploadPartRequest.builder().bucket(settings.bucket()).key(key)
                .uploadId(uploadId).partNumber(part).contentLength((long) length);
        integrity.applyTo(request);
        UploadPartResponse response;
        try {
            response = target.s3().uploadPart(request.build(), RequestBody.fromContentProvider(
                    () -> new ByteArrayInputStream(buffer, 0, length), length, "application/octet-stream"));
        } catch (SdkException e) {
            throw S3Errors.mapUpload(e, target, "upload of part " + part, where());
        }
        if (!integrity.confirmedBy(response.eTag(), response.checksumCRC32C(), settings.uploads().verifyEtag())) {
            throw DistributionException.transientFailure("CHECKSUM_MISMATCH", "S3 stored part " + part + " of " + key
                    + " with ETag " + response.eTag() + " / CRC32C " + response.checksumCRC32C()
                    + ", which does not match the " + integrity.describe() + " of the bytes sent", null);
        }
        digests.put(part, integrity);
        completed.put(part, CompletedPart.builder().partNumber(part).eTag(response.eTag())
                .checksumCRC32C(integrity.crc32c()).build());
    }

    private ElementUploader.Uploaded complete(long total) throws DistributionException {
        List<CompletedPart> parts = new ArrayList<>(completed.values());
        String etag;
        long stored;
        try {
            etag = target.s3().completeMultipartUpload(c -> c.bucket(settings.bucket()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts))).eTag();
            stored = target.s3().headObject(h -> h.bucket(settings.bucket()).key(key)).contentLength();
        } catch (SdkException e) {
            throw S3Errors.map(e, settings, "completion of a multipart upload", where());
        }
        String expected = settings.uploads().checksum() == Integrity.Mode.MD5
                ? Md5.multipartEtag(digests.values().stream().map(Integrity::md5).toList()) : null;
        if (expected != null && settings.uploads().verifyEtag() && Md5.isMultipartEtag(etag)
                && !Md5.unquote(etag).equals(expected)) {
            ElementUploader.delete(target, key);
            throw DistributionException.transientFailure("CHECKSUM_MISMATCH", "S3 assembled " + key + " with ETag "
                    + etag + " where its parts make " + expected, null);
        }
        if (stored != total) {
            ElementUploader.delete(target, key);
            throw DistributionException.transientFailure("SIZE_MISMATCH", "S3 stored " + stored + " bytes for " + key
                    + " where " + total + " were sent", null);
        }
        return new ElementUploader.Uploaded(key, total, Md5.unquote(etag), parts.size());
    }

    private void awaitParts() throws InterruptedException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure.compareAndSet(null, new IllegalStateException(e.getCause()));
            }
        }
    }

    private void awaitPartsQuietly() {
        try {
            awaitParts();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws DistributionException {
        Exception e = failure.get();
        if (e instanceof DistributionException d) {
            throw d;
        }
        if (e != null) {
            throw DistributionException.transientFailure("UPLOAD_FAILED", "A part of " + key + " failed: " + e, e);
        }
    }

    private void abort() {
        try {
            target.s3().abortMultipartUpload(a -> a.bucket(settings.bucket()).key(key).uploadId(uploadId));
            LOG.debug("Aborted the multipart upload of {}", key);
        } catch (SdkException e) {
            LOG.warn("Could not abort the multipart upload {} of {}: {}; a bucket lifecycle rule"
                    + " (AbortIncompleteMultipartUpload) removes it", uploadId, where(), e.getMessage());
        }
    }

    private String where() {
        return settings.bucket() + "/" + key;
    }
}
