package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An asset deleted while one of its distribution jobs copies its track ends with nothing published: the job
 * either sees the retraction and takes back what it placed (FAILED, MEDIA_PACKAGE_RETRACTED), or finished first
 * and the deletion's retraction removes it. The track comes from a real HTTP origin that answers after two
 * seconds, so the job is still running when the asset is deleted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetractWhileRunningIT {
    private KarafServer server;
    private Api api;
    private OriginServer origin;

    @BeforeAll
    void start() throws Exception {
        Path files = Files.createDirectories(LocalHost.workDir("retract-origin"));
        MediaPackages.randomFile(files.resolve("slow.mp4"), 2_000_000, 11);
        origin = new OriginServer(files);
        server = KarafServer.create("retract-running");
        server.set("org.syndicast.distribution.core", "http.allow", origin.base());
        server.start();
        api = Api.admin(server);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        origin.close();
    }

    @Test
    void anAssetDeletedWhileItsJobRunsEndsWithNothingPublished() throws Exception {
        assertThat(api.json("POST", "/assets", "{\"id\":\"mp-del\",\"title\":\"Deleted while copied\"}").statusCode())
                .isEqualTo(201);
        origin.delay(2000);
        HttpResponse<String> r = api.post("/distribution/download/", Api.form("mediapackage",
                MediaPackages.withTracks("mp-del", origin.base() + "slow.mp4"), "channelId", "engage-player",
                "elementId", "[\"track-1\"]"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long id = Api.id(r.body());
        // until it is claimed; polled, not waited on: a wait that starts just after the claim would hold until the
        // job finished, and this test needs the job as it runs
        String seen = Api.status(api.get("/services/job/" + id + ".xml").body());
        long claimDeadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (seen.equals("QUEUED") && System.nanoTime() < claimDeadline) {
            Thread.sleep(20);
            seen = Api.status(api.get("/services/job/" + id + ".xml").body());
        }
        assertThat(seen).as("the origin answers after 2 s: the job is still copying").isEqualTo("RUNNING");

        HttpResponse<String> deleted = api.send("DELETE", "/assets/mp-del", "application/json", "");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);

        String done = api.awaitJob(id, Duration.ofSeconds(60));
        String outcome = Api.status(done).equals("FAILED") ? Xml.text(done, "failure") : Api.status(done);
        System.out.println("RetractWhileRunningIT: the job was " + seen + " at the deletion and ended " + outcome);
        assertThat(Api.status(done).equals("FINISHED") || outcome.startsWith("MEDIA_PACKAGE_RETRACTED"))
                .as(outcome).isTrue();

        Path folder = server.downloads().resolve("default/engage-player/mp-del");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (leftIn(folder) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100); // a job that finished first is retracted by the deletion's retraction job
        }
        assertThat(leftIn(folder)).as("files left under " + folder).isZero();
        assertThat(api.getBytes(server.baseUrl() + "/static/default/engage-player/mp-del/track-1/slow.mp4")
                .statusCode()).isEqualTo(404);
        assertThat(KarafShell.forServer(server).exec("syndicast:publications mp-del")).doesNotContain("track-1");
    }

    private static long leftIn(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
