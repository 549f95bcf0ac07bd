package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;

/** The channel contract over SFTP against MINA SSHD, password login, host key checked against known_hosts. */
class SftpChannelTest extends FtpChannelContract {
    EmbeddedSftpServer server;
    Path knownHosts;

    @Override
    void startServer(Path root) throws Exception {
        server = new EmbeddedSftpServer(root);
        knownHosts = server.writeKnownHosts(temp.resolve("known_hosts"));
    }

    @Override
    void restartServer() throws Exception {
        server.start();
    }

    @Override
    void stopServer() throws Exception {
        server.stop();
    }

    @Override
    FtpChannelConfig config(Object... more) throws Exception {
        return server.config(knownHosts, more);
    }

    @Override
    int logins() {
        return server.logins();
    }

    @Override
    void slowUploads() {
        server.slowWrites(100);
    }
}
