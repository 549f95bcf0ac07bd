package org.syndicast.channel.s3.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the S3 channel, PID {@value #PID} ({@code etc/org.syndicast.channel.s3.cfg}); changes apply
 * live. Keys follow the DS name mapping: {@code path_style} is the key {@code path.style}, and
 * {@code _secret_key} is the key {@code .secret.key}: a leading dot makes it a private property, which DS never
 * copies into the service's properties.
 */
@ObjectClassDefinition(name = "Syndicast S3 channel",
        description = "Publishes elements to a bucket of Amazon S3 or an S3-compatible object store")
public @interface S3ChannelConfig {

    /** The configuration PID. */
    String PID = "org.syndicast.channel.s3";

    /** The factory PID of the channel's further targets, e.g. {@code org.syndicast.channel.s3.target~partner-a}. */
    String TARGET_PID = PID + ".target";

    @AttributeDefinition(name = "Endpoint", required = false,
            description = "Endpoint URL of an S3-compatible store, e.g. https://minio.example.org:9000; empty = AWS S3")
    String endpoint() default "";

    @AttributeDefinition(name = "Region", description = "Region of the bucket, e.g. eu-central-1")
    String region() default "us-east-1";

    @AttributeDefinition(name = "Bucket", required = false,
            description = "Existing bucket that receives published elements; the channel never creates one")
    String bucket() default "";

    @AttributeDefinition(name = "Path-style access",
            description = "Address the bucket as {endpoint}/{bucket} instead of {bucket}.{endpoint host}")
    boolean path_style() default false;

    @AttributeDefinition(name = "Access key id", required = false,
            description = "Static access key id; empty = the SDK's default credential chain")
    String access_key() default "";

    @AttributeDefinition(name = "Secret access key", required = false, type = AttributeType.PASSWORD,
            description = "Secret of the access key id; never logged, never a service property")
    String _secret_key() default "";

    @AttributeDefinition(name = "Public URL", required = false,
            description = "Base URL the objects are public under (a CDN or the bucket URL); the key is appended."
                    + " Empty = the bucket's own URL")
    String public_url() default "";

    @AttributeDefinition(name = "Presigned URLs",
            description = "Publish presigned GET URLs instead of public ones (for private buckets)")
    boolean presign() default false;

    @AttributeDefinition(name = "Presigned URL validity", description = "Seconds a presigned URL works, at most 604800")
    long presign_validity_seconds() default 86400;

    @AttributeDefinition(name = "Storage class", required = false,
            description = "Storage class of new objects, e.g. STANDARD_IA; empty = the bucket's default")
    String storage_class() default "";

    @AttributeDefinition(name = "Object ACL", required = false,
            description = "Canned ACL sent with each object, e.g. public-read; empty = none (buckets with ACLs disabled)")
    String object_acl() default "";

    @AttributeDefinition(name = "Key prefix", required = false,
            description = "Prefix of every key, e.g. media/; {org}/{channelId}/{mpId}/{elementId}/{file} follows")
    String key_prefix() default "";

    @AttributeDefinition(name = "Multipart threshold", description = "Files of at least this many bytes go multipart")
    long multipart_threshold_bytes() default 16L << 20;

    @AttributeDefinition(name = "Part size", description = "Bytes per multipart part, 5 MiB to 1 GiB")
    long part_size_bytes() default 8L << 20;

    @AttributeDefinition(name = "Upload concurrency", description = "Parts of one element uploaded at once")
    int upload_concurrency() default 4;

    @AttributeDefinition(name = "Upload buffers",
            description = "Part buffers shared by all uploads: heap for uploads <= this x part size")
    int upload_buffers() default 10;

    @AttributeDefinition(name = "Checksum",
            description = "Checksum sent with every request and checked by the store: crc32c (flexible checksums,"
                    + " cheap) or md5 (Content-MD5, for stores without flexible checksums)")
    String checksum() default "crc32c";

    @AttributeDefinition(name = "Verify ETags",
            description = "With checksum=md5, compare each ETag with the MD5 sent; turn off for SSE-KMS/SSE-C buckets")
    boolean verify_etag() default true;

    @AttributeDefinition(name = "Connect timeout", description = "Milliseconds to open a connection to the endpoint")
    long connect_timeout_ms() default 5000;

    @AttributeDefinition(name = "Socket timeout", description = "Milliseconds without data before a request fails")
    long socket_timeout_ms() default 60000;

    @AttributeDefinition(name = "SDK attempts", description = "Attempts of one request by the SDK (throttling, 5xx, I/O)")
    int sdk_max_attempts() default 3;

    @AttributeDefinition(name = "Availability attempts",
            description = "Ranged GETs of a presigned URL by checkAvailability before the element counts as unavailable")
    int availability_attempts() default 10;

    @AttributeDefinition(name = "Availability delay", description = "Milliseconds between those attempts")
    long availability_delay_ms() default 300;

    @AttributeDefinition(name = "Availability timeout", description = "Milliseconds one attempt may take")
    long availability_timeout_ms() default 5000;
}
