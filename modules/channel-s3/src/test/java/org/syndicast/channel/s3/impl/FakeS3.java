package org.syndicast.channel.s3.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * An in-memory S3 for unit tests of the upload logic: it checks Content-MD5 like a server (BadDigest), answers
 * MD5 ETags, assembles multipart uploads, and can be told to fail. The real thing runs in the integration tests.
 */
final class FakeS3 implements S3Client {
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final Map<String, Map<Integer, byte[]>> uploads = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<PutObjectRequest> puts = new CopyOnWriteArrayList<>();
    final AtomicInteger partsNow = new AtomicInteger();
    final AtomicInteger maxPartsAtOnce = new AtomicInteger();
    volatile int failingPart = -1;
    volatile boolean noBucket;
    /** Refusals cut the connection before the body is read, as a store answering early does. */
    volatile boolean closeBeforeBody;
    /** Flips a bit of the next request's bytes on the way, as a bad network card would. */
    volatile boolean corruptNext;
    volatile long partDelayMillis = 5;
    /** When set, every PUT waits for it: an upload in flight. */
    volatile CountDownLatch putGate;

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        calls.add("put " + request.key());
        puts.add(request);
        if (closeBeforeBody && noBucket) {
            throw SdkClientException.create("Unable to execute HTTP request: Error writing request body to server");
        }
        CountDownLatch gate = putGate;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        requireBucket();
        byte[] bytes = received(read(body));
        checkMd5(request.contentMD5(), bytes);
        String crc = checkCrc32c(request.checksumCRC32C(), bytes);
        objects.put(request.key(), bytes);
        return PutObjectResponse.builder().eTag(quotedMd5(bytes)).checksumCRC32C(crc).build();
    }

    @Override
    public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
        calls.add("create " + request.key());
        requireBucket();
        String id = UUID.randomUUID().toString();
        uploads.put(id, new ConcurrentHashMap<>());
        return CreateMultipartUploadResponse.builder().uploadId(id).key(request.key()).build();
    }

    @Override
    public UploadPartResponse uploadPart(UploadPartRequest request, RequestBody body) {
        int now = partsNow.incrementAndGet();
        maxPartsAtOnce.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(partDelayMillis);
            if (request.partNumber() == failingPart) {
                throw error(500, "InternalError", "part failed on purpose");
            }
            byte[] bytes = received(read(body));
            checkMd5(request.contentMD5(), bytes);
            String crc = checkCrc32c(request.checksumCRC32C(), bytes);
            uploads.get(request.uploadId()).put(request.partNumber(), bytes);
            return UploadPartResponse.builder().eTag(quotedMd5(bytes)).checksumCRC32C(crc).build();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            partsNow.decrementAndGet();
        }
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
        calls.add("complete " + request.key());
        Map<Integer, byte[]> parts = new TreeMap<>(uploads.remove(request.uploadId()));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<byte[]> md5s = new java.util.ArrayList<>();
        for (CompletedPart p : request.multipartUpload().parts()) {
            byte[] bytes = parts.get(p.partNumber());
            all.writeBytes(bytes);
            md5s.add(Md5.of(bytes, 0, bytes.length));
        }
        objects.put(request.key(), all.toByteArray());
        return CompleteMultipartUploadResponse.builder().eTag("\"" + Md5.multipartEtag(md5s) + "\"").build();
    }

    @Override
    public AbortMultipartUploadResponse abortMultipartUpload(AbortMultipartUploadRequest request) {
        calls.add("abort " + request.key());
        uploads.remove(request.uploadId());
        return AbortMultipartUploadResponse.builder().build();
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        byte[] bytes = objects.get(request.key());
        if (bytes == null) {
            throw error(404, "NoSuchKey", "no such key");
        }
        return HeadObjectResponse.builder().contentLength((long) bytes.length).build();
    }

    @Override
    public DeleteObjectResponse deleteObject(DeleteObjectRequest request) {
        calls.add("delete " + request.key());
        objects.remove(request.key());
        return DeleteObjectResponse.builder().build();
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        List<S3Object> found = objects.keySet().stream().filter(k -> k.startsWith(request.prefix())).sorted()
                .map(k -> S3Object.builder().key(k).size((long) objects.get(k).length).build()).toList();
        return ListObjectsV2Response.builder().contents(found).isTruncated(false).keyCount(found.size()).build();
    }

    @Override
    public HeadBucketResponse headBucket(HeadBucketRequest request) {
        if (noBucket) {
            throw (S3Exception) S3Exception.builder().statusCode(404).message("Not Found").build();
        }
        return HeadBucketResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return "s3";
    }

    @Override
    public void close() {
        calls.add("close");
    }

    private void requireBucket() {
        if (noBucket) {
            throw error(404, "NoSuchBucket", "The specified bucket does not exist");
        }
    }

    /** What arrives: the bytes sent, or with {@link #corruptNext} one flipped bit. */
    private byte[] received(byte[] bytes) {
        if (corruptNext && bytes.length > 0) {
            corruptNext = false;
            bytes[bytes.length / 2] ^= 1;
        }
        return bytes;
    }

    /** Checks a CRC32C header like a store that knows flexible checksums, and echoes it; null when none came. */
    private static String checkCrc32c(String crc32c, byte[] bytes) {
        if (crc32c == null) {
            return null;
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        String actual = Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        if (!actual.equals(crc32c)) {
            throw error(400, "BadDigest", "The CRC32C you specified did not match the calculated checksum");
        }
        return actual;
    }

    private static void checkMd5(String contentMd5, byte[] bytes) {
        if (contentMd5 != null && !contentMd5.equals(Base64.getEncoder().encodeToString(Md5.of(bytes, 0, bytes.length)))) {
            throw error(400, "BadDigest", "The Content-MD5 you specified did not match what we received");
        }
    }

    static S3Exception error(int status, String code, String message) {
        return (S3Exception) S3Exception.builder().statusCode(status).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    private static String quotedMd5(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(Md5.of(bytes, 0, bytes.length)) + "\"";
    }

    private static byte[] read(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
