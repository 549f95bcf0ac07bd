package org.syndicast.itests;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 tests' world: S3Proxy with the buckets {@value #BUCKET} and {@value #OTHER_BUCKET}, and the assembled
 * server with its S3 channel pointed at it (path-style, static keys, objects public-read so that their public
 * URLs answer anonymously), and quick job retries so that failures end within seconds.
 */
final class S3Fixture implements AutoCloseable {
    static final String PID = "org.syndicast.channel.s3";
    static final String BUCKET = "media";
    static final String OTHER_BUCKET = "elsewhere";

    final S3ProxyServer s3;
    final S3Client client;
    final KarafServer server;
    final Api api;

    private S3Fixture(S3ProxyServer s3, KarafServer server) {
        this.s3 = s3;
        this.client = s3.client();
        this.server = server;
        this.api = Api.admin(server);
    }

    static S3Fixture start(String name, Map<String, String> coreSettings) throws Exception {
        S3ProxyServer s3 = S3ProxyServer.start(name + "-s3proxy");
        try (S3Client client = s3.client()) {
            client.createBucket(b -> b.bucket(BUCKET));
            client.createBucket(b -> b.bucket(OTHER_BUCKET));
        }
        KarafServer server;
        try {
            server = configuredServer(name, s3, coreSettings);
        } catch (Exception | Error e) {
            s3.close();
            throw e;
        }
        return new S3Fixture(s3, server);
    }

    private static KarafServer configuredServer(String name, S3ProxyServer s3, Map<String, String> coreSettings)
            throws Exception {
        KarafServer server = KarafServer.create(name);
        server.set("org.syndicast.distribution.core", "max.attempts", "2");
        server.set("org.syndicast.distribution.core", "retry.backoff.ms", "200");
        server.set("org.syndicast.distribution.core", "availability.attempts", "5");
        server.set("org.syndicast.distribution.core", "availability.delay.ms", "200");
        coreSettings.forEach((k, v) -> server.set("org.syndicast.distribution.core", k, v));
        server.set(PID, "endpoint", s3.endpoint());
        server.set(PID, "bucket", BUCKET);
        server.set(PID, "path.style", "true");
        server.set(PID, "access.key", S3ProxyServer.IDENTITY);
        server.set(PID, ".secret.key", S3ProxyServer.CREDENTIAL);
        server.set(PID, "object.acl", "public-read");
        server.set(PID, "part.size.bytes", Integer.toString(5 << 20));
        server.set(PID, "multipart.threshold.bytes", Integer.toString(8 << 20));
        server.set(PID, "sdk.max.attempts", "2");
        server.set(PID, "availability.attempts", "3");
        server.set(PID, "availability.delay.ms", "200");
        try {
            server.start();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    void set(String key, String value) {
        server.set(PID, key, value);
    }

    /** Several channel keys in one write, so that the channel sees them change together. */
    void set(java.util.Map<String, String> values) {
        server.set(PID, values);
    }

    /** The public URL of an object in {@value #BUCKET}. */
    String url(String key) {
        return s3.bucketUrl(BUCKET) + "/" + key;
    }

    /** The keys in a bucket below a prefix. */
    List<String> keys(String bucket, String prefix) {
        return client.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    /** The hex MD5 of an object, streamed from the bucket. */
    String md5(String bucket, String key) throws Exception {
        return md5(client.getObject(g -> g.bucket(bucket).key(key)));
    }

    /** The hex MD5 of a file. */
    static String md5(java.nio.file.Path file) throws Exception {
        return md5(java.nio.file.Files.newInputStream(file));
    }

    private static String md5(InputStream stream) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = stream) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md5.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            client.close();
            s3.close();
        }
    }
}
