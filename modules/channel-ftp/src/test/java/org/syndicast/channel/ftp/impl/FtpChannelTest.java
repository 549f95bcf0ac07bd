package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;

import org.syndicast.channel.testkit.FileContent;
import org.syndicast.channel.testkit.TestContent;

/** The channel contract over plain FTP against Apache FtpServer. */
class FtpChannelTest extends FtpChannelContract {
    EmbeddedFtpServer server;

    Protocol protocol() {
        return Protocol.FTP;
    }

    Path keystore() throws Exception {
        return null;
    }

    @Override
    void startServer(Path root) throws Exception {
        server = new EmbeddedFtpServer(root, protocol(), keystore(), 0);
    }

    @Override
    void restartServer() throws Exception {
        server.start();
    }

    @Override
    void stopServer() {
        server.stop();
    }

    @Override
    FtpChannelConfig config(Object... more) {
        return server.config(more);
    }

    @Override
    int logins() {
        return server.logins();
    }

    @org.junit.jupiter.api.Test
    void activeModeWorksToo() throws Exception {
        service.modified(config("passive", false));
        TestContent bytes = TestContent.random("a.mp4", 2_000_000, 5);
        java.nio.file.Path source = java.nio.file.Files.write(temp.resolve("a.mp4"), bytes.bytes());

        service.distribute(PUBLICATION, element("track-1"), new FileContent(source, "a.mp4"));
        service.distribute(PUBLICATION, element("track-2"), bytes);

        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(published("track-1", "a.mp4")))
                .isEqualTo(bytes.bytes());
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(published("track-2", "a.mp4")))
                .isEqualTo(bytes.bytes());
        service.retract(PUBLICATION, element("track-1"));
        org.assertj.core.api.Assertions.assertThat(published("track-1", "a.mp4")).doesNotExist();
    }

    @Override
    void slowUploads() throws Exception {
        server.restartWithUploadRate(1_000_000);
    }
}
