package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The FTP channel inside the assembled server against real servers in this JVM on 127.0.0.1: Apache FtpServer
 * (plain FTP, and explicit FTPS with a certificate made by keytool and trusted through the channel's trust store)
 * and MINA SSHD (SFTP with password and key login, host key checked strictly against a known_hosts file). The
 * channel is switched between them live, through its etc/ file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtpChannelIT {
    static final String PID = "org.syndicast.channel.ftp";

    private Path work;
    private FtpPeer ftp;
    private FtpPeer ftps;
    private SftpPeer sftp;
    private FtpTls tls;
    private KarafServer server;
    private Api api;
    private Lecture lecture;
    private int probes;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("ftp-channel-it");
        ftp = FtpPeer.plain(Files.createDirectories(work.resolve("ftp-root")));
        tls = FtpTls.make(work);
        ftps = FtpPeer.explicitTls(Files.createDirectories(work.resolve("ftps-root")), tls.keystore, FtpTls.PASSWORD);
        sftp = new SftpPeer(Files.createDirectories(work.resolve("sftp-root")));
        server = KarafServer.create("ftp");
        // retries come quickly here: a target that is down fails a job after 3 attempts, 1 s then 2 s apart
        server.set("org.syndicast.distribution.core", "max.attempts", "3");
        server.set("org.syndicast.distribution.core", "retry.backoff.ms", "1000");
        configure(server, ftpTarget());
        server.start();
        api = Api.admin(server);
        lecture = Lecture.in(server.inbox().resolve("ftp"), 3_000_000, 700_000, 11);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        ftp.close();
        ftps.close();
        sftp.close();
    }

    /**
     * Writes the channel's keys into its etc/ file in one step, as an operator saving the file would: Karaf's file
     * watcher may miss the middle one of several changes within a millisecond.
     */
    static void configure(KarafServer server, Map<String, String> keys) {
        try {
            Path cfg = server.home().resolve("etc/" + PID + ".cfg");
            Path staging = server.home().resolve(PID + ".staging");
            Files.copy(cfg, staging, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            keys.forEach((k, v) -> CfgFiles.set(staging, k, v));
            Files.move(staging, cfg, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every key any test here changes, set for one target: no test inherits another's settings. */
    static Map<String, String> target(String protocol, int port, String user, String password, String... more) {
        Map<String, String> keys = new java.util.HashMap<>(Map.of("protocol", protocol, "host", "127.0.0.1", "port",
                Integer.toString(port), "username", user, ".password", password, "base.path", "", "private.key.path", "",
                "known.hosts.path", "", "trust.store.path", "", ".trust.store.password", ""));
        for (int i = 0; i < more.length; i += 2) {
            keys.put(more[i], more[i + 1]);
        }
        return keys;
    }

    Map<String, String> ftpTarget() {
        return target("ftp", ftp.port(), FtpPeer.USER, FtpPeer.PASSWORD);
    }

    Map<String, String> form(String mpId, String elements) {
        return Api.form("mediapackage", lecture.mp(mpId), "channelId", "engage-player", "elementId", elements);
    }

    /** Sets the channel's keys in its etc/ file and waits until a distribution goes where {@code urlPrefix} says. */
    void useTarget(Map<String, String> keys, String urlPrefix) throws InterruptedException {
        configure(server, keys);
        api.awaitAnswer("/distribution/ftp/distributesync", form("mp-probe-" + ++probes, "track-2"), 200,
                "<url>" + urlPrefix);
    }

    /** Distributes sync and async, checks the bytes on the server, retracts sync and async. */
    void distributeAndRetract(Path root, String urlPrefix, String tag) throws Exception {
        String mpSync = "mp-" + tag + "-sync";
        HttpResponse<String> sync = api.post("/distribution/ftp/distributesync", form(mpSync, "['track-1','track-2']"));
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        String[] docs = sync.body().split("###");
        assertThat(docs).hasSize(2);
        assertThat(docs[0]).contains("<url>" + urlPrefix + "/default/engage-player/" + mpSync + "/track-1/presenter.mp4</url>");
        assertThat(docs[1]).contains("/track-2/slides.mp4</url>");
        assertThat(String.join("", docs)).doesNotContain("Pass");
        Path mpDir = root.resolve("default/engage-player/" + mpSync);
        assertThat(Files.readAllBytes(mpDir.resolve("track-1/presenter.mp4"))).isEqualTo(Files.readAllBytes(lecture.video()));
        assertThat(Files.readAllBytes(mpDir.resolve("track-2/slides.mp4"))).isEqualTo(Files.readAllBytes(lecture.slides()));

        String mpAsync = "mp-" + tag + "-async";
        HttpResponse<String> queued = api.post("/distribution/ftp/", form(mpAsync, "track-1"));
        assertThat(Api.status(queued.body())).isEqualTo("QUEUED");
        String done = api.awaitJob(Api.id(queued.body()), Duration.ofSeconds(30));
        assertThat(Api.status(done)).as(done).isEqualTo("FINISHED");
        assertThat(Xml.unescape(Xml.text(done, "payload"))).contains("<url>" + urlPrefix + "/default/engage-player/"
                + mpAsync + "/track-1/presenter.mp4</url>");
        assertThat(Files.readAllBytes(root.resolve("default/engage-player/" + mpAsync + "/track-1/presenter.mp4")))
                .isEqualTo(Files.readAllBytes(lecture.video()));

        HttpResponse<String> retracted = api.post("/distribution/ftp/retractsync", form(mpSync, "['track-1','track-2']"));
        assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
        assertThat(mpDir).doesNotExist();
        HttpResponse<String> retractJob = api.post("/distribution/ftp/retract", form(mpAsync, "track-1"));
        assertThat(Api.status(api.awaitJob(Api.id(retractJob.body()), Duration.ofSeconds(30)))).isEqualTo("FINISHED");
        assertThat(root.resolve("default/engage-player/" + mpAsync)).doesNotExist();
        assertThat(api.post("/distribution/ftp/retractsync", form(mpSync, "track-1")).statusCode()).isEqualTo(200);
        assertThat(noTemporaryFiles(root)).isTrue();
    }

    static boolean noTemporaryFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void ftp() throws Exception {
        useTarget(ftpTarget(), "ftp://127.0.0.1:" + ftp.port());
        distributeAndRetract(ftp.root(), "ftp://127.0.0.1:" + ftp.port(), "ftp");
    }

    @Test
    void ftpsWithTheServersCertificateInTheTrustStore() throws Exception {
        useTarget(target("ftps-explicit", ftps.port(), FtpPeer.USER, FtpPeer.PASSWORD, "trust.store.path",
                tls.truststore.toString(), ".trust.store.password", FtpTls.PASSWORD), "ftp://127.0.0.1:" + ftps.port());
        distributeAndRetract(ftps.root(), "ftp://127.0.0.1:" + ftps.port(), "ftps");
    }

    @Test
    void sftpWithPasswordAndWithKeyAgainstKnownHosts() throws Exception {
        Path knownHosts = sftp.writeKnownHosts(work.resolve("known_hosts"));
        String url = "sftp://127.0.0.1:" + sftp.port() + "/~/media";
        useTarget(target("sftp", sftp.port(), SftpPeer.USER, SftpPeer.PASSWORD, "known.hosts.path",
                knownHosts.toString(), "base.path", "media"), url);
        distributeAndRetract(sftp.root().resolve("media"), url, "sftp");

        Path key = sftp.writeClientKey(work.resolve("id_ecdsa"));
        useTarget(target("sftp", sftp.port(), SftpPeer.USER, "", "known.hosts.path", knownHosts.toString(),
                "private.key.path", key.toString(), "base.path", "/keyed"),
                "sftp://127.0.0.1:" + sftp.port() + "/keyed");
        distributeAndRetract(sftp.root().resolve("keyed"), "sftp://127.0.0.1:" + sftp.port() + "/keyed", "sftp-key");
    }
}
