package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server killed with SIGKILL while jobs are queued and running: after a restart every accepted job
 * reaches a terminal state, and every one of them finished.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {
    private static final int JOBS = 60;

    private KarafServer server;
    private OriginServer origin;
    private Path originFiles;

    @BeforeAll
    void start() throws Exception {
        originFiles = Files.createTempDirectory("origin");
        MediaPackages.randomFile(originFiles.resolve("clip.mp4"), 200_000, 4);
        origin = new OriginServer(originFiles);
        origin.delay(250);
        server = KarafServer.create("crash");
        server.set("org.syndicast.distribution.core", "http.allow", origin.base());
        server.set("org.syndicast.distribution.core", "workers", "4");
        server.start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        origin.close();
    }

    @Test
    void everyAcceptedJobFinishesAfterAKillAndARestart() throws Exception {
        Api api = Api.admin(server);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            var form = Api.form("mediapackage", MediaPackages.withTracks("mp-crash-" + i, origin.base() + "clip.mp4"),
                    "channelId", "engage-player", "elementId", "track-1");
            var r = api.post("/distribution/download/", form);
            assertThat(r.statusCode()).isEqualTo(200);
            ids.add(Api.id(r.body()));
        }
        long waiting = Long.parseLong(api.get("/services/count?status=QUEUED").body().trim());
        long running = Long.parseLong(api.get("/services/count?status=RUNNING").body().trim());
        assertThat(waiting + running).as("jobs still to do when the server is killed").isPositive();

        server.kill();
        server.start();

        for (long id : ids) {
            String doc = api.awaitJob(id, Duration.ofSeconds(90));
            assertThat(Api.status(doc)).as("job %d: %s", id, doc).isEqualTo("FINISHED");
        }
        byte[] source = Files.readAllBytes(originFiles.resolve("clip.mp4"));
        for (int i = 0; i < JOBS; i++) {
            Path published = server.downloads().resolve("default/engage-player/mp-crash-" + i + "/track-1/clip.mp4");
            assertThat(Files.readAllBytes(published)).isEqualTo(source);
        }
    }
}
