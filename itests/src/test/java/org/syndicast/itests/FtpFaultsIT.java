package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The FTP channel when things go wrong, inside the assembled server against a real FTP server on 127.0.0.1 that
 * the test stops and starts: a server that is down is retried with backoff and the job finishes when it is back;
 * one that never comes back fails the job with a reason and no file under the final name; refused credentials
 * fail at once; the channel's bundle can be removed and reinstalled while jobs wait for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtpFaultsIT {
    private static final String PID = FtpChannelIT.PID;
    private static final String BUNDLE = "org.syndicast.channel.ftp";

    private FtpPeer ftp;
    private KarafServer server;
    private Api api;
    private Path video;

    @BeforeAll
    void start() throws Exception {
        ftp = FtpPeer.plain(Files.createDirectories(Files.createTempDirectory("ftp-faults-it").resolve("root")));
        server = KarafServer.create("ftp-faults");
        // 3 attempts, 1.5 s then 3 s apart: time to bring a server back, and a quick end when it stays away
        server.set("org.syndicast.distribution.core", "max.attempts", "3");
        server.set("org.syndicast.distribution.core", "retry.backoff.ms", "1500");
        FtpChannelIT.configure(server, FtpChannelIT.target("ftp", ftp.port(), FtpPeer.USER, FtpPeer.PASSWORD));
        server.start();
        api = Api.admin(server);
        video = MediaPackages.randomFile(server.inbox().resolve("faults/talk.mp4"), 2_000_000, 21);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        ftp.close();
    }

    private Map<String, String> form(String mpId) {
        return Api.form("mediapackage", MediaPackages.withTracks(mpId, video.toUri().toString()), "channelId",
                "engage-player", "elementId", "track-1");
    }

    private Path published(String mpId) {
        return ftp.root().resolve("default/engage-player/" + mpId + "/track-1/talk.mp4");
    }

    /** Waits until the job's first attempt failed and it waits in the queue for its retry. */
    private String awaitRetry(long job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String doc = "";
        while (System.nanoTime() < deadline) {
            doc = api.get("/services/job/" + job + ".xml").body();
            if (Api.status(doc).equals("QUEUED") && Xml.text(doc, "failure").contains("retrying")) {
                return doc;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " was not retried: " + doc);
    }

    @Test
    void aServerThatIsDownIsRetriedAndTheJobFinishesWhenItIsBack() throws Exception {
        ftp.stop();
        long job;
        try {
            job = Api.id(api.post("/distribution/ftp/", form("mp-back")).body());
            assertThat(Xml.text(awaitRetry(job), "failure")).contains("TARGET_UNREACHABLE").contains("attempt 1");
        } finally {
            ftp.start();
        }
        String done = api.awaitJob(job, Duration.ofSeconds(30));
        assertThat(Api.status(done)).as(done).isEqualTo("FINISHED");
        assertThat(Xml.text(done, "attempts")).isEqualTo("2");
        assertThat(Files.readAllBytes(published("mp-back"))).isEqualTo(Files.readAllBytes(video));
    }

    @Test
    void aServerThatNeverComesBackFailsTheJobWithAReasonAndLeavesNoFile() throws Exception {
        ftp.stop();
        try {
            long job = Api.id(api.post("/distribution/ftp/", form("mp-gone")).body());
            String done = api.awaitJob(job, Duration.ofSeconds(30));
            assertThat(Api.status(done)).isEqualTo("FAILED");
            assertThat(Xml.text(done, "attempts")).isEqualTo("3");
            assertThat(Xml.text(done, "failure")).contains("TARGET_UNREACHABLE").contains("127.0.0.1:" + ftp.port())
                    .contains("after 3 attempt(s)");
        } finally {
            ftp.start();
        }
        assertThat(published("mp-gone")).doesNotExist();
        assertThat(FtpChannelIT.noTemporaryFiles(ftp.root())).isTrue();
    }

    @Test
    void refusedCredentialsFailTheJobAtOnceAndSaySo() throws Exception {
        server.set(PID, ".password", "not-the-password");
        try {
            api.awaitAnswer("/distribution/ftp/distributesync", form("mp-probe-auth"), "AUTH_FAILED");
            long job = Api.id(api.post("/distribution/ftp/", form("mp-auth")).body());
            String done = api.awaitJob(job, Duration.ofSeconds(30));
            assertThat(Api.status(done)).isEqualTo("FAILED");
            assertThat(Xml.text(done, "attempts")).isEqualTo("1");
            assertThat(Xml.text(done, "failure")).contains("AUTH_FAILED").contains("refused the login of user '"
                    + FtpPeer.USER + "'").doesNotContain("not-the-password");
        } finally {
            server.set(PID, ".password", FtpPeer.PASSWORD);
            api.awaitAnswer("/distribution/ftp/distributesync", form("mp-probe-auth"), "<url>ftp://");
        }
        assertThat(published("mp-auth")).doesNotExist();
    }

    @Test
    void theChannelBundleCanBeRemovedAndReinstalledWhileItsJobsWait() throws Exception {
        ftp.stop();
        long job;
        try (KarafJmx jmx = server.jmx()) {
            try {
                job = Api.id(api.post("/distribution/ftp/", form("mp-hot")).body());
                awaitRetry(job);
                jmx.uninstall(jmx.bundleId(BUNDLE));
                awaitStatus(404, Duration.ofSeconds(2));
                assertThat(api.post("/distribution/ftp/", form("mp-hot")).body()).contains("<code>CHANNEL_NOT_FOUND</code>");
                Thread.sleep(3500); // past the retry time: the job waits for its channel
                assertThat(Api.status(api.get("/services/job/" + job + ".xml").body())).isEqualTo("QUEUED");
            } finally {
                ftp.start();
            }
            jmx.install("mvn:org.syndicast/channel-ftp/" + System.getProperty("syndicast.version", "0.1.0-SNAPSHOT"));
            awaitStatus(400, Duration.ofSeconds(10));
        }
        assertThat(Api.status(api.awaitJob(job, Duration.ofSeconds(30)))).isEqualTo("FINISHED");
        assertThat(Files.readAllBytes(published("mp-hot"))).isEqualTo(Files.readAllBytes(video));
    }

    /** Posts a form without a media package until the channel answers {@code status}: 404 gone, 400 present. */
    private void awaitStatus(int status, Duration timeout) throws InterruptedException {
        api.awaitStatus("/distribution/ftp/", Api.form("channelId", "x"), status, timeout);
    }
}
