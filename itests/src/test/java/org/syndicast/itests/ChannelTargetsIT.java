package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Further channel targets created while the server runs, by writing {@code etc/{pid}.target-{name}.cfg} as an
 * operator would (Karaf's file install makes them the factory configurations {@code {pid}.target~{name}}): a
 * second FTP server and a second S3 bucket. Each is distributed to and retracted from through the optional
 * {@code target} form field, while the default target's files and objects stay where they are and keep working;
 * no answer, job document or log line ever shows a secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelTargetsIT {
    private static final String FTP_TARGET = "org.syndicast.channel.ftp.target-partner-a.cfg";
    private static final String S3_TARGET = "org.syndicast.channel.s3.target-archive.cfg";

    private final List<String> answers = new ArrayList<>();
    private Path work;
    private FtpPeer ftpDefault;
    private FtpPeer ftpPartner;
    private S3Fixture s3;
    private KarafServer server;
    private Api api;
    private Path video;
    private Path slides;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("channel-targets-it");
        ftpDefault = FtpPeer.plain(Files.createDirectories(work.resolve("ftp-default")));
        ftpPartner = FtpPeer.plain(Files.createDirectories(work.resolve("ftp-partner")));
        s3 = S3Fixture.start("targets", Map.of());
        server = s3.server;
        api = s3.api;
        FtpChannelIT.configure(server, FtpChannelIT.target("ftp", ftpDefault.port(), FtpPeer.USER, FtpPeer.PASSWORD));
        video = MediaPackages.randomFile(server.inbox().resolve("targets/presenter.mp4"), 1_500_000, 21);
        slides = MediaPackages.randomFile(server.inbox().resolve("targets/slides.mp4"), 300_000, 22);
    }

    @AfterAll
    void stop() throws Exception {
        s3.close();
        ftpDefault.close();
        ftpPartner.close();
    }

    @Test
    void aSecondFtpTargetIsCreatedLiveAndTheDefaultStaysUntouched() throws Exception {
        awaitStatus("/distribution/ftp/distributesync", form("mp-ftp-probe", "track-2", null), 200);
        HttpResponse<String> onDefault = post("/distribution/ftp/distributesync", form("mp-ftp", "track-1", null));
        assertThat(onDefault.statusCode()).as(onDefault.body()).isEqualTo(200);
        Path defaultFile = ftpDefault.root().resolve("default/engage-player/mp-ftp/track-1/presenter.mp4");
        assertThat(defaultFile).exists();

        HttpResponse<String> unknown = post("/distribution/ftp/", form("mp-ftp", "track-1", "partner-a"));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("TARGET_NOT_FOUND");

        Map<String, String> keys = FtpChannelIT.target("ftp", ftpPartner.port(), FtpPeer.USER, FtpPeer.PASSWORD);
        CfgFiles.set(server.home().resolve("etc/" + FTP_TARGET), keys);
        awaitStatus("/distribution/ftp/distributesync", form("mp-ftp-probe", "track-2", "partner-a"), 200);

        String done = runJob("/distribution/ftp/", form("mp-ftp", "track-1", "partner-a"));
        assertThat(Xml.text(done, "target")).isEqualTo("partner-a");
        assertThat(Xml.unescape(Xml.text(done, "payload")))
                .contains("ftp://127.0.0.1:" + ftpPartner.port() + "/default/engage-player/mp-ftp/track-1/presenter.mp4");
        Path partnerFile = ftpPartner.root().resolve("default/engage-player/mp-ftp/track-1/presenter.mp4");
        assertThat(Files.readAllBytes(partnerFile)).isEqualTo(Files.readAllBytes(video));
        HttpResponse<String> json = api.get("/services/job/" + Api.id(done) + ".json");
        answers.add(json.body());
        assertThat(json.body()).contains("\"target\":\"partner-a\"");

        String retracted = runJob("/distribution/ftp/retract", form("mp-ftp", "track-1", "partner-a"));
        assertThat(Xml.text(retracted, "target")).isEqualTo("partner-a");
        assertThat(ftpPartner.root().resolve("default/engage-player/mp-ftp")).doesNotExist();
        assertThat(Files.readAllBytes(defaultFile)).isEqualTo(Files.readAllBytes(video));

        String defaultJob = runJob("/distribution/ftp/retract", form("mp-ftp", "track-1", null));
        assertThat(defaultJob).doesNotContain("<target>");
        assertThat(ftpDefault.root().resolve("default/engage-player/mp-ftp")).doesNotExist();

        Files.delete(server.home().resolve("etc/" + FTP_TARGET));
        awaitStatus("/distribution/ftp/", form("mp-ftp", "track-1", "partner-a"), 400);
        assertThat(post("/distribution/ftp/distributesync", form("mp-ftp-after", "track-2", null)).statusCode())
                .isEqualTo(200);
        assertNoSecretShown();
    }

    @Test
    void aSecondS3TargetWritesToItsOwnBucket() throws Exception {
        String mp = "mp-s3";
        HttpResponse<String> onDefault = post("/distribution/s3/distributesync", form(mp, "track-1", null));
        assertThat(onDefault.statusCode()).as(onDefault.body()).isEqualTo(200);
        String key = "default/engage-player/" + mp + "/track-1/presenter.mp4";
        assertThat(s3.keys(S3Fixture.BUCKET, "default/engage-player/" + mp + "/")).containsExactly(key);

        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("endpoint", s3.s3.endpoint());
        keys.put("bucket", S3Fixture.OTHER_BUCKET);
        keys.put("path.style", "true");
        keys.put("access.key", S3ProxyServer.IDENTITY);
        keys.put(".secret.key", S3ProxyServer.CREDENTIAL);
        keys.put("object.acl", "public-read");
        keys.put("sdk.max.attempts", "2");
        CfgFiles.set(server.home().resolve("etc/" + S3_TARGET), keys);
        awaitStatus("/distribution/s3/distributesync", form("mp-s3-probe", "track-2", "archive"), 200);

        String done = runJob("/distribution/s3/", form(mp, "track-1", "archive"));
        assertThat(Xml.text(done, "target")).isEqualTo("archive");
        assertThat(s3.md5(S3Fixture.OTHER_BUCKET, key)).isEqualTo(S3Fixture.md5(video));
        assertThat(Xml.unescape(Xml.text(done, "payload"))).contains("/" + S3Fixture.OTHER_BUCKET + "/" + key);

        runJob("/distribution/s3/retract", form(mp, "track-1", "archive"));
        assertThat(s3.keys(S3Fixture.OTHER_BUCKET, "default/engage-player/" + mp + "/")).isEmpty();
        assertThat(s3.keys(S3Fixture.BUCKET, "default/engage-player/" + mp + "/")).containsExactly(key);
        assertThat(s3.md5(S3Fixture.BUCKET, key)).isEqualTo(S3Fixture.md5(video));

        HttpResponse<String> retracted = post("/distribution/s3/retractsync", form(mp, "track-1", null));
        assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
        assertThat(s3.keys(S3Fixture.BUCKET, "default/engage-player/" + mp + "/")).isEmpty();
        assertNoSecretShown();
    }

    private Map<String, String> form(String mpId, String elements, String target) {
        Map<String, String> form = Api.form("mediapackage", MediaPackages.withTracks(mpId, video.toUri().toString(),
                slides.toUri().toString()), "channelId", "engage-player", "elementId", elements);
        if (target != null) {
            form.put("target", target);
        }
        return form;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        HttpResponse<String> r = api.post(path, form);
        answers.add(r.body());
        return r;
    }

    /** Queues a job and returns its finished document. */
    private String runJob(String path, Map<String, String> form) throws InterruptedException {
        HttpResponse<String> queued = post(path, form);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
        String done = api.awaitJob(Api.id(queued.body()), Duration.ofSeconds(30));
        answers.add(done);
        assertThat(Api.status(done)).as(done).isEqualTo("FINISHED");
        return done;
    }

    /** Calls until the answer has {@code status}: file install applies a written file within seconds. */
    private void awaitStatus(String path, Map<String, String> form, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> r = null;
        while (System.nanoTime() < deadline) {
            r = post(path, form);
            if (r.statusCode() == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + status + " within 30 s; last answer: " + (r == null ? "" : r.body()));
    }

    private void assertNoSecretShown() throws Exception {
        String log = Files.readString(server.home().resolve("data/log/karaf.log"));
        for (String secret : List.of(FtpPeer.PASSWORD, S3ProxyServer.CREDENTIAL)) {
            assertThat(answers).noneMatch(a -> a != null && a.contains(secret));
            assertThat(log).doesNotContain(secret);
        }
    }
}
