package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.DistributionException;

import software.amazon.awssdk.core.exception.SdkClientException;

class S3ErrorsTest {
    private final S3Settings settings = S3Settings.from(TestConfig.local());

    private DistributionException map(int status, String code) {
        return S3Errors.map(FakeS3.error(status, code, "said the server"), settings, "upload", "media/k");
    }

    @Test
    void whatTryingAgainWillNotMendIsPermanent() {
        assertThat(map(404, "NoSuchBucket").code()).isEqualTo("BUCKET_NOT_FOUND");
        assertThat(map(403, "SignatureDoesNotMatch").code()).isEqualTo("ACCESS_DENIED");
        assertThat(map(403, "InvalidAccessKeyId").retryable()).isFalse();
        assertThat(map(400, "InvalidArgument").code()).isEqualTo("TARGET_REJECTED");
        assertThat(map(400, "InvalidArgument").retryable()).isFalse();
    }

    @Test
    void whatMayPassIsRetryable() {
        assertThat(map(503, "SlowDown").retryable()).isTrue();
        assertThat(map(500, "InternalError").code()).isEqualTo("TARGET_ERROR");
        assertThat(map(400, "RequestTimeout").retryable()).isTrue();
        assertThat(map(400, "BadDigest").code()).isEqualTo("CHECKSUM_MISMATCH");
        DistributionException down = S3Errors.map(SdkClientException.create("Unable to execute HTTP request: "
                + "Connection refused"), settings, "upload", "media/k");
        assertThat(down.code()).isEqualTo("TARGET_UNREACHABLE");
        assertThat(down.retryable()).isTrue();
        assertThat(down.getMessage()).contains("http://127.0.0.1:9").contains("Connection refused");
    }

    @Test
    void missingCredentialsArePermanent() {
        DistributionException e = S3Errors.map(SdkClientException.create("Unable to load credentials from any of the"
                + " providers in the chain"), settings, "upload", "media/k");
        assertThat(e.code()).isEqualTo("CREDENTIALS_MISSING");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void messagesNameTheServerAnswerButNeverTheSecret() {
        DistributionException e = map(403, "AccessDenied");
        assertThat(e.getMessage()).contains("403 AccessDenied").contains("said the server").contains("media/k")
                .doesNotContain(settings.secretKey());
    }
}
