package org.syndicast.channel.s3.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.syndicast.distribution.api.Segments;

/**
 * One validated, immutable snapshot of {@link S3ChannelConfig}. The channel swaps it whole, with the clients
 * built from it, on a configuration change. {@link #toString()} never shows the secret.
 *
 * @param endpoint        endpoint override, or empty for AWS
 * @param region          the bucket's region
 * @param bucket          the bucket, or "" when not configured yet
 * @param pathStyle       {@code {endpoint}/{bucket}} addressing
 * @param accessKey       static access key id, or "" for the SDK's default credential chain
 * @param secretKey       its secret
 * @param publicUrl       public base URL without a trailing slash; the encoded key is appended
 * @param presign         publish presigned GET URLs
 * @param presignValidity how long a presigned URL works
 * @param storageClass    storage class of new objects, or ""
 * @param objectAcl       canned ACL of new objects, or ""
 * @param keyPrefix       "" or a prefix ending in '/', made of valid segments
 * @param uploads         how elements are uploaded
 * @param transport       timeouts and attempts of SDK requests
 * @param availability    the budget of checkAvailability for presigned URLs
 */
record S3Settings(Optional<URI> endpoint, String region, String bucket, boolean pathStyle, String accessKey,
        String secretKey, String publicUrl, boolean presign, Duration presignValidity, String storageClass,
        String objectAcl, String keyPrefix, UploadSettings uploads, Transport transport, Availability availability) {

    /** Longest validity SigV4 allows a presigned URL. */
    static final Duration MAX_PRESIGN_VALIDITY = Duration.ofDays(7);

    private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]*");

    /** Sizes of single and multipart uploads. */
    record UploadSettings(long multipartThreshold, int partSize, int concurrency, int buffers, Integrity.Mode checksum,
            boolean verifyEtag) {
        static final long MIN_PART = 5L << 20;
        // one buffer holds one part: a Java array caps it below 2 GiB, S3 allows up to 5 GiB
        static final long MAX_PART = 1L << 30;

        UploadSettings {
            if (partSize < MIN_PART || partSize > MAX_PART) {
                throw new IllegalArgumentException("part.size.bytes must be between 5 MiB and 1 GiB: " + partSize);
            }
            if (multipartThreshold < 1) {
                throw new IllegalArgumentException("multipart.threshold.bytes must be positive: " + multipartThreshold);
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("upload.concurrency must be between 1 and 64: " + concurrency);
            }
            buffers = Math.max(buffers, concurrency + 1);
        }
    }

    /** Timeouts and attempts of each SDK request. */
    record Transport(Duration connectTimeout, Duration socketTimeout, int maxAttempts) {
    }

    /** The budget of one checkAvailability of a presigned URL. */
    record Availability(int attempts, Duration delay, Duration timeout) {
    }

    /**
     * @throws IllegalArgumentException when a value is invalid; at activation SCR logs it and keeps the
     *                                  channel away, on a change the previous settings stay
     */
    static S3Settings from(S3ChannelConfig c) {
        Optional<URI> endpoint = endpoint(trim(c.endpoint()));
        String region = trim(c.region()).isEmpty() ? "us-east-1" : trim(c.region());
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region is not a region name: " + region);
        }
        String bucket = trim(c.bucket());
        if (!bucket.isEmpty() && !BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("bucket is not a valid bucket name: " + bucket);
        }
        Duration validity = Duration.ofSeconds(c.presign_validity_seconds());
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_PRESIGN_VALIDITY) > 0) {
            throw new IllegalArgumentException("presign.validity.seconds must be between 1 and 604800");
        }
        UploadSettings uploads = new UploadSettings(c.multipart_threshold_bytes(), toInt(c.part_size_bytes()),
                c.upload_concurrency(), c.upload_buffers(), Integrity.Mode.of(trim(c.checksum())), c.verify_etag());
        Transport transport = new Transport(Duration.ofMillis(Math.max(100, c.connect_timeout_ms())),
                Duration.ofMillis(Math.max(1000, c.socket_timeout_ms())), Math.max(1, c.sdk_max_attempts()));
        Availability availability = new Availability(Math.max(1, c.availability_attempts()),
                Duration.ofMillis(Math.max(0, c.availability_delay_ms())),
                Duration.ofMillis(Math.max(100, c.availability_timeout_ms())));
        if (!trim(c.access_key()).isEmpty() && (c._secret_key() == null || c._secret_key().isEmpty())) {
            throw new IllegalArgumentException("access.key is set but .secret.key is empty");
        }
        String publicUrl = publicUrl(trim(c.public_url()), endpoint, region, bucket, c.path_style());
        return new S3Settings(endpoint, region, bucket, c.path_style(), trim(c.access_key()),
                c._secret_key() == null ? "" : c._secret_key(), publicUrl, c.presign(), validity,
                word("storage.class", trim(c.storage_class())), word("object.acl", trim(c.object_acl())),
                keyPrefix(trim(c.key_prefix())), uploads, transport, availability);
    }

    boolean configured() {
        return !bucket.isEmpty();
    }

    /** Where requests go, for messages: the endpoint override or "AWS S3 ({region})". */
    String target() {
        return endpoint.map(URI::toString).orElse("AWS S3 (" + region + ")");
    }

    @Override
    public String toString() {
        return "S3Settings[target=" + target() + ", bucket=" + bucket + ", pathStyle=" + pathStyle + ", credentials="
                + (accessKey.isEmpty() ? "default chain" : "static") + ", publicUrl=" + publicUrl + ", presign="
                + presign + ", keyPrefix=" + keyPrefix + ", " + uploads + "]";
    }

    private static Optional<URI> endpoint(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri = absoluteHttpUrl("endpoint", value);
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("endpoint must not have a path: " + value);
        }
        return Optional.of(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()));
    }

    /** The configured public URL, else the bucket's own URL. */
    private static String publicUrl(String configured, Optional<URI> endpoint, String region, String bucket,
            boolean pathStyle) {
        if (!configured.isEmpty()) {
            return stripSlashes(absoluteHttpUrl("public.url", configured).toString());
        }
        if (endpoint.isPresent()) {
            URI e = endpoint.get();
            return pathStyle ? e + "/" + bucket : e.getScheme() + "://" + bucket + "." + e.getRawAuthority();
        }
        return pathStyle ? "https://s3." + region + ".amazonaws.com/" + bucket
                : "https://" + bucket + ".s3." + region + ".amazonaws.com";
    }

    private static URI absoluteHttpUrl(String key, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(key + " must be an http(s) URL without user, query or fragment: " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a valid URL: " + value, e);
        }
    }

    /** "" or segments joined by '/' with a trailing '/': "media" and "/media/" both become "media/". */
    static String keyPrefix(String value) {
        StringBuilder prefix = new StringBuilder();
        for (String segment : value.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!Segments.isValid(segment)) {
                throw new IllegalArgumentException("key.prefix has an invalid segment: " + segment);
            }
            prefix.append(segment).append('/');
        }
        return prefix.toString();
    }

    private static String word(String key, String value) {
        if (!WORD.matcher(value).matches()) {
            throw new IllegalArgumentException(key + " must be a plain word like STANDARD_IA or public-read: " + value);
        }
        return value;
    }

    private static int toInt(long partSize) {
        if (partSize > UploadSettings.MAX_PART || partSize < 0) {
            throw new IllegalArgumentException("part.size.bytes must be between 5 MiB and 1 GiB: " + partSize);
        }
        return (int) partSize;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String stripSlashes(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(0, end);
    }
}
