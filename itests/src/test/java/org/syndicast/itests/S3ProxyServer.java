package org.syndicast.itests;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy with its filesystem backend, run as its own JVM on
 * 127.0.0.1 and a free port, with AWS v2/v4 signature checks. It can be stopped and started again on the same
 * port and directory, as a store that goes down and comes back. Buckets are made by the test (the channel never
 * makes one), through {@link #client()}.
 */
final class S3ProxyServer implements AutoCloseable {
    static final String IDENTITY = "syndicast-it";
    /** The secret the channel is configured with: it must never show in logs, answers or service properties. */
    static final String CREDENTIAL = "it-SECRET-7b1f93e0c4";

    private final Path home;
    private final int port;
    private Process process;

    private S3ProxyServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    static S3ProxyServer start(String name) throws Exception {
        Path home = LocalHost.workDir(name);
        Files.createDirectories(home.resolve("data"));
        S3ProxyServer server = new S3ProxyServer(home, LocalHost.freePort());
        Files.writeString(home.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=" + server.endpoint(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + home.resolve("data"), ""), StandardCharsets.UTF_8);
        server.start();
        return server;
    }

    /** Starts (again) on the same port and directory and waits until it accepts connections. */
    void start() throws Exception {
        Path jar = Paths.get(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString(), "--properties", home.resolve("s3proxy.conf").toString())
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("s3proxy.log").toFile()));
        process = pb.start();
        // never outlive the test JVM, even when it ends without running the tests' own clean-up
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited; see " + home.resolve("s3proxy.log"));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy not listening after 30 s; see " + home.resolve("s3proxy.log"));
    }

    /** Stops the server at once, as a store that goes down. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The path-style URL of a bucket, which is also the public base of its objects. */
    String bucketUrl(String bucket) {
        return endpoint() + "/" + bucket;
    }

    /** A raw SDK client, to make buckets and to look into them. */
    S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
