package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The download channel removed and reinstalled while the server runs: its endpoint goes away within a second,
 * the rest keeps serving, jobs queued for it wait, and they run when it is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotDeployIT {
    private static final String BUNDLE = "org.syndicast.channel.download";

    private KarafServer server;
    private OriginServer origin;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        Path files = java.nio.file.Files.createTempDirectory("origin");
        MediaPackages.randomFile(files.resolve("talk.mp4"), 500_000, 3);
        origin = new OriginServer(files);
        server = KarafServer.create("hotdeploy");
        server.set("org.syndicast.distribution.core", "http.allow", origin.base());
        server.set("org.syndicast.distribution.core", "retry.backoff.ms", "4000");
        server.start();
        api = Api.admin(server);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        origin.close();
    }

    @Test
    void removingTheChannelBundleRemovesItsEndpointAndItsJobsWaitForItsReturn() throws Exception {
        var form = Api.form("mediapackage", MediaPackages.withTracks("mp-hot", origin.base() + "talk.mp4"),
                "channelId", "engage-player", "elementId", "track-1", "checkAvailability", "false");
        // the origin fails the first fetch, so the job goes back to the queue for 4 s: time to remove the channel
        origin.failNext(1);
        long job = Api.id(api.post("/distribution/download/", form).body());
        awaitFailures(1);

        try (KarafJmx jmx = server.jmx()) {
            long id = jmx.bundleId(BUNDLE);
            assertThat(id).isPositive();
            long t0 = System.nanoTime();
            jmx.uninstall(id);
            api.awaitStatus("/distribution/download/", Api.form("mediapackage", "x"), 404, Duration.ofSeconds(1));
            long goneMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(goneMillis).isLessThan(1000);

            HttpResponse<String> gone = api.post("/distribution/download/", form);
            assertThat(gone.body()).contains("<code>CHANNEL_NOT_FOUND</code>");
            assertThat(api.get("/services/job/" + job + ".xml").statusCode()).isEqualTo(200);

            Thread.sleep(5000);
            assertThat(Api.status(api.get("/services/job/" + job + ".xml").body())).isEqualTo("QUEUED");

            jmx.install("mvn:org.syndicast/channel-download/" + System.getProperty("syndicast.version", "0.1.0-SNAPSHOT"));
            api.awaitStatus("/distribution/download/", Api.form("mediapackage", "x"), 400, Duration.ofSeconds(5));
        }
        assertThat(Api.status(api.awaitJob(job, Duration.ofSeconds(30)))).isEqualTo("FINISHED");
        assertThat(server.downloads().resolve("default/engage-player/mp-hot/track-1/talk.mp4")).exists();
    }

    private void awaitFailures(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (origin.requests() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(origin.requests()).isGreaterThanOrEqualTo(n);
    }
}
