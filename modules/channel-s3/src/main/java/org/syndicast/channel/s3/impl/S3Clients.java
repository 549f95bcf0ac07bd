package org.syndicast.channel.s3.impl;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the SDK's S3 client and presigner from settings: the JDK's HttpURLConnection client (no Netty, no
 * Apache client, nothing found through the service loader), static keys or the SDK's default credential
 * chain, the SDK's standard retries for throttling, 5xx and I/O errors.
 */
final class S3Clients {
    private S3Clients() {
    }

    static S3Target target(S3Settings settings) {
        return withBundleLoader(() -> {
            AwsCredentialsProvider credentials = credentials(settings);
            S3Client s3 = client(settings, credentials);
            try {
                S3Presigner presigner = presigner(settings, credentials);
                return new S3Target(settings, s3, presigner);
            } catch (RuntimeException e) {
                s3.close();
                throw e;
            }
        });
    }

    private static S3Client client(S3Settings settings, AwsCredentialsProvider credentials) {
        SdkHttpClient http = UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.transport().connectTimeout())
                .socketTimeout(settings.transport().socketTimeout())
                .build();
        var builder = S3Client.builder()
                .httpClient(http)
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // every request carries the channel's own checksum (Integrity), which the store checks; the
                // SDK's CRC32 trailer in aws-chunked encoding would check the same bytes again, at a fifth of the
                // throughput (measured)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(settings.transport().maxAttempts()).build())
                        .build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static S3Presigner presigner(S3Settings settings, AwsCredentialsProvider credentials) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey().isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (settings.secretKey().isEmpty()) {
            throw new IllegalArgumentException("access.key is set but .secret.key is empty");
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    /**
     * Runs {@code action} with this bundle's class loader as the thread's context loader: the SDK looks up
     * some of its own resources (interceptors, endpoint rules) through it, and a Karaf thread's context
     * loader does not see the jars embedded in this bundle.
     */
    static <T, E extends Exception> T withBundleLoader(ThrowingSupplier<T, E> action) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(S3Clients.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A supplier that may throw. */
    @FunctionalInterface
    interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
