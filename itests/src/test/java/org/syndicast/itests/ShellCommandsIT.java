package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The syndicast:* Karaf shell commands over SSH, against the running server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellCommandsIT {
    private KarafServer server;
    private KarafShell shell;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("shell");
        shell = KarafShell.forServer(server);
        server.start();
        api = Api.admin(server);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void operatorsSeeChannelsJobsAndPublicationsAndCanRetractEverything() throws Exception {
        Path video = MediaPackages.randomFile(server.inbox().resolve("shell/talk.mp4"), 10_000, 9);
        var form = Api.form("mediapackage", MediaPackages.withTracks("mp-shell", video.toUri().toString()),
                "channelId", "engage-player", "elementId", "track-1", "checkAvailability", "false");
        long id = Api.id(api.post("/distribution/download/", form).body());
        api.awaitJob(id, Duration.ofSeconds(30));

        assertThat(shell.exec("syndicast:channels")).contains("download").contains("/distribution/download");
        assertThat(shell.exec("syndicast:jobs --channel download --status FINISHED")).contains(Long.toString(id))
                .contains("Distribute").contains("job(s) match");
        assertThat(shell.exec("syndicast:job " + id)).contains("FINISHED").contains("engage-player")
                .contains(server.baseUrl() + "/static/default/engage-player/mp-shell/track-1/talk.mp4");

        String publications = shell.exec("syndicast:publications --retract mp-shell");
        assertThat(publications).contains("engage-player").contains("track-1").contains("Queued retraction job");
        Path published = server.downloads().resolve("default/engage-player/mp-shell/track-1/talk.mp4");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (published.toFile().exists() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(published).doesNotExist();
        assertThat(shell.exec("syndicast:publications mp-shell")).doesNotContain("track-1");
    }
}
