package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.channel.testkit.TestContent;
import org.syndicast.channel.testkit.FileContent;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

class ElementUploaderTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;
    private final FakeS3 s3 = new FakeS3();
    private S3Target target;

    private S3Target target(Object... config) {
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create("http://127.0.0.1:9")).build();
        target = new S3Target(S3Settings.from(TestConfig.local(config)), s3, presigner);
        return target;
    }

    @AfterEach
    void close() {
        if (target != null) {
            target.release();
        }
    }

    @Test
    void aSmallFileGoesInOnePutWithItsCrc32c() throws Exception {
        byte[] bytes = TestContent.randomBytes(100_000, 1);
        Path file = Files.write(dir.resolve("small.mp4"), bytes);

        ElementUploader.Uploaded up = ElementUploader.upload(target(), "k/small.mp4", "video/mp4", FileContent.of(file));

        assertThat(up.parts()).isEqualTo(1);
        assertThat(up.bytes()).isEqualTo(bytes.length);
        assertThat(s3.objects.get("k/small.mp4")).isEqualTo(bytes);
        assertThat(s3.puts.get(0).checksumCRC32C())
                .isEqualTo(Integrity.of(Integrity.Mode.CRC32C, bytes, 0, bytes.length).crc32c());
        assertThat(s3.puts.get(0).contentMD5()).isNull();
        assertThat(s3.puts.get(0).contentType()).isEqualTo("video/mp4");
        assertThat(s3.puts.get(0).contentLength()).isEqualTo(bytes.length);
    }

    @Test
    void withMd5TheContentMd5IsSentInstead() throws Exception {
        byte[] bytes = TestContent.randomBytes(100_000, 1);
        Path file = Files.write(dir.resolve("small.mp4"), bytes);
        ElementUploader.upload(target("checksum", "md5"), "k/small.mp4", "video/mp4", FileContent.of(file));
        assertThat(s3.puts.get(0).contentMD5()).isEqualTo(Md5.base64(Md5.of(bytes, 0, bytes.length)));
        assertThat(s3.puts.get(0).checksumCRC32C()).isNull();
    }

    @Test
    void bytesDamagedOnTheWayAreRefusedAndRetryable() throws Exception {
        Path file = Files.write(dir.resolve("small.mp4"), TestContent.randomBytes(1000, 9));
        s3.corruptNext = true;
        assertThatThrownBy(() -> ElementUploader.upload(target(), "k/small.mp4", "video/mp4", FileContent.of(file)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("CHECKSUM_MISMATCH");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(s3.objects).doesNotContainKey("k/small.mp4");
    }

    @Test
    void aDamagedPartAbortsTheMultipartUpload() throws Exception {
        Path file = Files.write(dir.resolve("big.mp4"), TestContent.randomBytes(20 * MIB, 10));
        s3.corruptNext = true;
        assertThatThrownBy(() -> ElementUploader.upload(target("part_size_bytes", 5L * MIB, "checksum", "md5"),
                "k/big.mp4", "video/mp4", FileContent.of(file)))
                .isInstanceOfSatisfying(DistributionException.class, e -> assertThat(e.code()).isEqualTo("CHECKSUM_MISMATCH"));
        assertThat(s3.calls).contains("abort k/big.mp4");
        assertThat(s3.uploads).isEmpty();
    }

    @Test
    void storageClassAndAclAreSentWhenConfigured() throws Exception {
        Path file = Files.write(dir.resolve("a.txt"), new byte[10]);
        ElementUploader.upload(target("storage_class", "STANDARD_IA", "object_acl", "public-read"), "k/a.txt",
                "text/plain", FileContent.of(file));
        assertThat(s3.puts.get(0).storageClassAsString()).isEqualTo("STANDARD_IA");
        assertThat(s3.puts.get(0).aclAsString()).isEqualTo("public-read");
    }

    @Test
    void aLargeFileGoesMultipartInParallelWithBoundedParts() throws Exception {
        byte[] bytes = TestContent.randomBytes(23 * MIB + 123, 2);
        Path file = Files.write(dir.resolve("big.mp4"), bytes);

        ElementUploader.Uploaded up = ElementUploader.upload(target("part_size_bytes", 5L * MIB,
                "upload_concurrency", 3), "k/big.mp4", "video/mp4", FileContent.of(file));

        assertThat(up.parts()).isEqualTo(5);
        assertThat(up.etag()).endsWith("-5");
        assertThat(s3.calls).contains("create k/big.mp4", "complete k/big.mp4");
        assertThat(s3.objects.get("k/big.mp4")).isEqualTo(bytes);
        assertThat(s3.maxPartsAtOnce.get()).isBetween(2, 3);
        assertThat(s3.uploads).isEmpty();
    }

    @Test
    void aFileOfExactlyWholePartsEndsCleanly() throws Exception {
        byte[] bytes = TestContent.randomBytes(10 * MIB, 3);
        Path file = Files.write(dir.resolve("even.bin"), bytes);
        ElementUploader.Uploaded up = ElementUploader.upload(target("part_size_bytes", 5L * MIB,
                "multipart_threshold_bytes", 5L * MIB), "k/even.bin", "application/octet-stream", FileContent.of(file));
        assertThat(up.parts()).isEqualTo(2);
        assertThat(s3.objects.get("k/even.bin")).isEqualTo(bytes);
    }

    @Test
    void aStreamThatFitsInOnePartGoesInOnePut() throws Exception {
        byte[] bytes = TestContent.randomBytes(3 * MIB, 4);
        ElementUploader.Uploaded up = ElementUploader.upload(target(), "k/s.bin", "application/octet-stream",
                TestContent.stream(bytes, "s.bin", -1));
        assertThat(up.parts()).isEqualTo(1);
        assertThat(s3.objects.get("k/s.bin")).isEqualTo(bytes);
        assertThat(s3.calls).containsExactly("put k/s.bin");
    }

    @Test
    void aLongStreamOfUnknownSizeGoesMultipart() throws Exception {
        byte[] bytes = TestContent.randomBytes(12 * MIB, 5);
        ElementUploader.Uploaded up = ElementUploader.upload(target("part_size_bytes", 5L * MIB), "k/s.bin",
                "application/octet-stream", TestContent.stream(bytes, "s.bin", -1));
        assertThat(up.parts()).isEqualTo(3);
        assertThat(s3.objects.get("k/s.bin")).isEqualTo(bytes);
    }

    @Test
    void aFailingPartAbortsTheUploadAndIsRetryable() throws Exception {
        Path file = Files.write(dir.resolve("big.mp4"), TestContent.randomBytes(20 * MIB, 6));
        s3.failingPart = 3;

        assertThatThrownBy(() -> ElementUploader.upload(target("part_size_bytes", 5L * MIB), "k/big.mp4", "video/mp4",
                FileContent.of(file))).isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.code()).isEqualTo("TARGET_ERROR");
                    assertThat(e.getMessage()).contains("part 3").contains("InternalError");
                });
        assertThat(s3.calls).contains("abort k/big.mp4").doesNotContain("complete k/big.mp4");
        assertThat(s3.uploads).isEmpty();
        assertThat(s3.objects).doesNotContainKey("k/big.mp4");
    }

    @Test
    void aSourceBreakingMidwayAbortsTheUpload() throws Exception {
        byte[] bytes = TestContent.randomBytes(16 * MIB, 7);
        assertThatThrownBy(() -> ElementUploader.upload(target("part_size_bytes", 5L * MIB), "k/s.bin",
                "application/octet-stream", TestContent.stream(bytes, "s.bin", 11L * MIB)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("SOURCE_IO");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(s3.calls).contains("abort k/s.bin");
        assertThat(s3.uploads).isEmpty();
    }

    @Test
    void buffersAreAllBackInThePoolAfterAFailure() throws Exception {
        Path file = Files.write(dir.resolve("big.mp4"), TestContent.randomBytes(30 * MIB, 8));
        s3.failingPart = 2;
        S3Target t = target("part_size_bytes", 5L * MIB, "upload_concurrency", 2, "upload_buffers", 3);
        assertThatThrownBy(() -> ElementUploader.upload(t, "k/big.mp4", "video/mp4", FileContent.of(file)))
                .isInstanceOf(DistributionException.class);
        s3.failingPart = -1;
        // with a leaked buffer this would wait forever: the pool holds only three
        ElementUploader.Uploaded up = ElementUploader.upload(t, "k/big.mp4", "video/mp4", FileContent.of(file));
        assertThat(up.parts()).isEqualTo(6);
    }

    @Test
    void aMissingBucketIsPermanent() throws Exception {
        Path file = Files.write(dir.resolve("a.mp4"), new byte[10]);
        s3.noBucket = true;
        assertThatThrownBy(() -> ElementUploader.upload(target(), "k/a.mp4", "video/mp4", FileContent.of(file)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("BUCKET_NOT_FOUND");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("'media'").contains("never creates");
                });
    }

    @Test
    void aMissingBucketIsFoundOutWhenTheStoreCutsTheConnectionEarly() throws Exception {
        Path file = Files.write(dir.resolve("a.mp4"), new byte[10]);
        s3.noBucket = true;
        s3.closeBeforeBody = true;
        assertThatThrownBy(() -> ElementUploader.upload(target(), "k/a.mp4", "video/mp4", FileContent.of(file)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("BUCKET_NOT_FOUND");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void anEmptyFileIsOneEmptyPut() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        ElementUploader.Uploaded up = ElementUploader.upload(target(), "k/empty.txt", "text/plain", FileContent.of(file));
        assertThat(up.bytes()).isZero();
        assertThat(s3.objects.get("k/empty.txt")).isEmpty();
    }
}
