package org.syndicast.channel.s3.impl;

import java.util.Locale;
import java.util.Set;

import org.syndicast.distribution.api.DistributionException;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns what the SDK throws (after its own retries) into the channel's failures: permanent for what trying
 * again will not mend (a missing bucket, refused credentials, a request S3 rejects), retryable for the rest
 * (an endpoint that is down, throttling, 5xx, a checksum that did not match). Messages name the operation,
 * the bucket and the key, and S3's own error code and message; never a credential.
 */
final class S3Errors {
    private static final Set<String> DENIED = Set.of("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch",
            "InvalidToken", "ExpiredToken", "TokenRefreshRequired", "AccountProblem", "AllAccessDisabled",
            "InvalidSecurity", "AccessControlListNotSupported");
    private static final Set<String> TRANSIENT = Set.of("SlowDown", "RequestTimeout", "RequestTimeTooSkewed",
            "InternalError", "ServiceUnavailable", "Throttling", "ThrottlingException", "RequestLimitExceeded",
            "OperationAborted");
    private static final Set<String> CORRUPT = Set.of("BadDigest", "InvalidDigest", "XAmzContentSHA256Mismatch",
            "IncompleteBody");

    private S3Errors() {
    }

    /**
     * @param action what was being done, e.g. {@code "upload of element 'track-1'"}
     * @param where  {@code bucket/key} or the bucket
     */
    static DistributionException map(SdkException e, S3Settings settings, String action, String where) {
        if (e instanceof S3Exception s3) {
            return fromS3(s3, settings, action, where);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SdkClientException && message.toLowerCase(Locale.ROOT).contains("unable to load credentials")) {
            return DistributionException.permanent("CREDENTIALS_MISSING", "No S3 credentials for the " + action
                    + ": set access.key and .secret.key, or give the server credentials the SDK's default chain"
                    + " finds (environment, profile, instance role)", e);
        }
        return DistributionException.transientFailure("TARGET_UNREACHABLE", "Cannot reach " + settings.target()
                + " for the " + action + " (" + where + "): " + message, e);
    }

    /**
     * Like {@link #map}, for a request with a body: a store that refuses a request (a missing bucket, bad
     * credentials) may answer and close the connection before it has read the body, and the client then sees
     * only a broken connection. So when a failure looks like the store being unreachable, a HEAD of the bucket
     * (no body) asks why: missing or refused is permanent; anything else keeps the original, retryable failure.
     */
    static DistributionException mapUpload(SdkException e, S3Target target, String action, String where) {
        S3Settings settings = target.settings();
        DistributionException mapped = map(e, settings, action, where);
        if (!"TARGET_UNREACHABLE".equals(mapped.code())) {
            return mapped;
        }
        try {
            target.s3().headBucket(h -> h.bucket(settings.bucket()));
            return mapped;
        } catch (S3Exception head) {
            if (head.statusCode() == 404) {
                return bucketNotFound(settings, head);
            }
            return head.statusCode() == 401 || head.statusCode() == 403 ? fromS3(head, settings, action, where) : mapped;
        } catch (SdkException other) {
            return mapped;
        }
    }

    private static DistributionException bucketNotFound(S3Settings settings, Exception cause) {
        return DistributionException.permanent("BUCKET_NOT_FOUND", "Bucket '" + settings.bucket()
                + "' does not exist at " + settings.target() + "; the channel never creates buckets: create it"
                + " or set bucket in etc/" + S3ChannelConfig.PID + ".cfg", cause);
    }

    private static DistributionException fromS3(S3Exception e, S3Settings settings, String action, String where) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
        String detail = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                : e.awsErrorDetails().errorMessage();
        int status = e.statusCode();
        String said = settings.target() + " answered " + status + (code.isEmpty() ? "" : " " + code)
                + (detail.isEmpty() ? "" : " (" + detail + ")") + " to the " + action + " (" + where + ")";
        if ("NoSuchBucket".equals(code)) {
            return bucketNotFound(settings, e);
        }
        if (DENIED.contains(code) || status == 401 || status == 403) {
            return DistributionException.permanent("ACCESS_DENIED", said
                    + "; check access.key/.secret.key, the region and the IAM policy", e);
        }
        if (CORRUPT.contains(code)) {
            return DistributionException.transientFailure("CHECKSUM_MISMATCH", said, e);
        }
        if (TRANSIENT.contains(code) || status >= 500 || status == 429) {
            return DistributionException.transientFailure("TARGET_ERROR", said, e);
        }
        return DistributionException.permanent("TARGET_REJECTED", said, e);
    }
}
