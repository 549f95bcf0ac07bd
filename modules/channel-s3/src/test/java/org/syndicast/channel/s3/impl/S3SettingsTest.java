package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class S3SettingsTest {

    @Test
    void defaultsAreAnUnconfiguredChannelOnAws() {
        S3Settings s = S3Settings.from(TestConfig.of());
        assertThat(s.configured()).isFalse();
        assertThat(s.endpoint()).isEmpty();
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.target()).isEqualTo("AWS S3 (us-east-1)");
        assertThat(s.uploads().partSize()).isEqualTo(8 << 20);
        assertThat(s.uploads().multipartThreshold()).isEqualTo(16L << 20);
        assertThat(s.uploads().buffers()).isEqualTo(10);
        assertThat(s.presignValidity()).isEqualTo(Duration.ofDays(1));
        assertThat(s.uploads().checksum()).isEqualTo(Integrity.Mode.CRC32C);
    }

    @Test
    void publicUrlDefaultsToTheBucketsOwnUrl() {
        assertThat(S3Settings.from(TestConfig.of("bucket", "b", "region", "eu-west-1")).publicUrl())
                .isEqualTo("https://b.s3.eu-west-1.amazonaws.com");
        assertThat(S3Settings.from(TestConfig.of("bucket", "b", "endpoint", "http://127.0.0.1:9000/",
                "path_style", true)).publicUrl()).isEqualTo("http://127.0.0.1:9000/b");
        assertThat(S3Settings.from(TestConfig.of("bucket", "b", "endpoint", "https://minio.example.org"))
                .publicUrl()).isEqualTo("https://b.minio.example.org");
    }

    @Test
    void aConfiguredPublicUrlLosesItsTrailingSlashes() {
        assertThat(S3Settings.from(TestConfig.of("bucket", "b", "public_url", "https://cdn.example.org/media//"))
                .publicUrl()).isEqualTo("https://cdn.example.org/media");
    }

    @Test
    void keyPrefixIsNormalizedToSegmentsWithATrailingSlash() {
        assertThat(S3Settings.keyPrefix("")).isEmpty();
        assertThat(S3Settings.keyPrefix("media")).isEqualTo("media/");
        assertThat(S3Settings.keyPrefix("/media//2026/")).isEqualTo("media/2026/");
        assertThatThrownBy(() -> S3Settings.keyPrefix("media/../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("endpoint", "ftp://x"))).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("endpoint", "http://x:9000/path")))
                .hasMessageContaining("path");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("part_size_bytes", 1L << 20)))
                .hasMessageContaining("part.size.bytes");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("presign_validity_seconds", 700_000L)))
                .hasMessageContaining("604800");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("bucket", "a/b"))).hasMessageContaining("bucket");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("public_url", "https://cdn/x?y=1")))
                .hasMessageContaining("public.url");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("storage_class", "STANDARD IA")))
                .hasMessageContaining("storage.class");
        assertThatThrownBy(() -> S3Settings.from(TestConfig.of("checksum", "sha1"))).hasMessageContaining("checksum");
    }

    @Test
    void buffersAreAtLeastOneMoreThanTheConcurrency() {
        S3Settings s = S3Settings.from(TestConfig.of("upload_concurrency", 6, "upload_buffers", 2));
        assertThat(s.uploads().buffers()).isEqualTo(7);
    }

    @Test
    void theSecretNeverShowsInToString() {
        S3Settings s = S3Settings.from(TestConfig.local());
        assertThat(s.secretKey()).isEqualTo("s3cr3t-SECRET-value");
        assertThat(s.toString()).doesNotContain("s3cr3t").contains("credentials=static").contains("bucket=media");
    }

    @Test
    void anAccessKeyWithoutSecretIsRefused() {
        assertThatThrownBy(() -> S3Settings.from(TestConfig.local("_secret_key", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".secret.key");
    }
}
