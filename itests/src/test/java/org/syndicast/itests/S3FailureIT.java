package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.sun.net.httpserver.HttpServer;

/**
 * The S3 channel when things go wrong, against a real S3-compatible server: a missing bucket, a source that
 * breaks in the middle of a multipart upload, a store that goes down; the bundle removed and reinstalled while
 * the server runs; and the secret key, which must never show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3FailureIT {
    private static final String BUNDLE = "org.syndicast.channel.s3";

    private S3Fixture s3;
    private Api api;
    private Path video;
    private HttpServer breakingOrigin;

    @BeforeAll
    void start() throws Exception {
        breakingOrigin = breakingOrigin();
        String origin = "http://127.0.0.1:" + breakingOrigin.getAddress().getPort() + "/";
        s3 = S3Fixture.start("s3-failure", Map.of("http.allow", origin));
        api = s3.api;
        video = MediaPackages.randomFile(s3.server.inbox().resolve("lecture/presenter.mp4"), 500_000, 21);
    }

    @AfterAll
    void stop() throws Exception {
        breakingOrigin.stop(0);
        if (s3 != null) {
            s3.close();
        }
    }

    private Map<String, String> form(String mpId, String url) {
        return Api.form("mediapackage", MediaPackages.withTracks(mpId, url), "channelId", "engage-player",
                "elementId", "track-1");
    }

    @Test
    @Order(1)
    void aMissingBucketFailsTheJobAtOnceWithAReadableReason() throws Exception {
        s3.set("bucket", "no-such-bucket");
        try {
            var form = form("mp-nobucket", video.toUri().toString());
            String sync = api.awaitAnswer("/distribution/s3/distributesync", form, "BUCKET_NOT_FOUND");
            assertThat(sync).contains("no-such-bucket").doesNotContain(S3ProxyServer.CREDENTIAL);

            String done = api.awaitJob(Api.id(api.post("/distribution/s3/", form).body()), Duration.ofSeconds(30));
            assertThat(Api.status(done)).isEqualTo("FAILED");
            assertThat(Xml.text(done, "failure")).contains("BUCKET_NOT_FOUND").contains("'no-such-bucket'")
                    .contains("after 1 attempt(s)");
            assertThat(s3.client.listBuckets().buckets()).noneMatch(b -> b.name().equals("no-such-bucket"));
        } finally {
            s3.set("bucket", S3Fixture.BUCKET);
            api.awaitAnswer("/distribution/s3/distributesync", form("mp-bucket-back", video.toUri().toString()),
                    "<url>" + s3.url("default/engage-player/mp-bucket-back/track-1/presenter.mp4") + "</url>");
        }
    }

    @Test
    @Order(2)
    void aSourceBreakingMidUploadAbortsTheMultipartUpload() throws Exception {
        String url = "http://127.0.0.1:" + breakingOrigin.getAddress().getPort() + "/broken.mp4";
        String done = api.awaitJob(Api.id(api.post("/distribution/s3/", form("mp-broken", url)).body()),
                Duration.ofSeconds(60));

        assertThat(Api.status(done)).isEqualTo("FAILED");
        assertThat(Xml.text(done, "failure")).contains("SOURCE_IO").contains("after 2 attempt(s)");
        assertThat(s3.client.listMultipartUploads(l -> l.bucket(S3Fixture.BUCKET)).uploads()).isEmpty();
        assertThat(s3.keys(S3Fixture.BUCKET, "default/engage-player/mp-broken/")).isEmpty();
    }

    @Test
    @Order(3)
    void theSecretNeverShowsInServicePropertiesOrTheLog() throws Exception {
        try (KarafJmx jmx = s3.server.jmx()) {
            long id = jmx.bundleId(BUNDLE);
            assertThat(id).isPositive();
            var properties = jmx.serviceProperties(id);
            assertThat(properties).anySatisfy(p -> assertThat(p).contains("distribution.channel").contains("bucket"));
            assertThat(properties).noneSatisfy(p -> assertThat(p).contains(S3ProxyServer.CREDENTIAL));
            assertThat(properties).noneSatisfy(p -> assertThat(p).contains(".secret.key"));
        }
        String log = Files.readString(s3.server.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("S3 channel").doesNotContain(S3ProxyServer.CREDENTIAL);
    }

    @Test
    @Order(4)
    void theBundleCanBeRemovedAndReinstalledWhileTheServerRuns() throws Exception {
        var form = form("mp-hot", video.toUri().toString());
        try (KarafJmx jmx = s3.server.jmx()) {
            long id = jmx.bundleId(BUNDLE);
            jmx.uninstall(id);
            api.awaitStatus("/distribution/s3/", Api.form("mediapackage", "x"), 404, Duration.ofSeconds(2));
            assertThat(api.post("/distribution/s3/", form).body()).contains("<code>CHANNEL_NOT_FOUND</code>");
            assertThat(api.post("/distribution/download/", Api.form("mediapackage", "x")).statusCode()).isEqualTo(400);

            jmx.install("mvn:org.syndicast/channel-s3/" + System.getProperty("syndicast.version", "0.1.0-SNAPSHOT"));
            api.awaitStatus("/distribution/s3/", Api.form("mediapackage", "x"), 400, Duration.ofSeconds(10));
        }
        HttpResponse<String> r = api.post("/distribution/s3/distributesync", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<url>" + s3.url("default/engage-player/mp-hot/track-1/presenter.mp4") + "</url>");
    }

    @Test
    @Order(5)
    void aStoreThatStaysDownFailsTheJobAfterItsRetries() throws Exception {
        s3.s3.stop();
        try {
            String done = api.awaitJob(Api.id(api.post("/distribution/s3/", form("mp-down", video.toUri().toString()))
                    .body()), Duration.ofSeconds(60));
            assertThat(Api.status(done)).isEqualTo("FAILED");
            assertThat(Xml.text(done, "failure")).contains("TARGET_UNREACHABLE").contains(s3.s3.endpoint())
                    .contains("after 2 attempt(s)").doesNotContain(S3ProxyServer.CREDENTIAL);
        } finally {
            s3.s3.start();
        }
        // and once it is back, distributions go through again
        assertThat(api.post("/distribution/s3/distributesync", form("mp-up", video.toUri().toString())).statusCode())
                .isEqualTo(200);
    }

    /** An origin that announces 20 MiB and breaks the connection after 12 MiB: in the middle of part 3. */
    private static HttpServer breakingOrigin() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, 20L << 20);
                OutputStream out = exchange.getResponseBody();
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 12; i++) {
                    out.write(chunk);
                }
                out.flush();
                // closing the exchange here, short of the announced length, makes the client see a broken body
            } catch (java.io.IOException e) {
                // the client went away first: the same to it
            }
        });
        server.start();
        return server;
    }
}
