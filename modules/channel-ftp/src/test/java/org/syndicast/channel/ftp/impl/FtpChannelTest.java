package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;

/** The channel contract over plain FTP against Apache FtpServer. */
class FtpChannelTest extends ChannelContract {
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

    @Override
    void slowUploads() throws Exception {
        server.restartWithUploadRate(1_000_000);
    }
}
