package org.syndicast.itests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server for the FTP channel's tests: Apache MINA SSHD in the test JVM on 127.0.0.1 with the SFTP
 * subsystem, password and public-key login for one user, files under {@link #root()}, a host key that
 * {@link #writeKnownHosts} records the way {@code ssh-keyscan} would, so that the channel checks it strictly.
 */
final class SftpPeer implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "Sftp-Pass-0815";

    private final Path root;
    private final KeyPair hostKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
    private final KeyPair clientKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
    private SshServer server;
    private int port;

    SftpPeer(Path root) throws Exception {
        this.root = root;
        start();
    }

    synchronized void start() throws Exception {
        if (server != null && server.isStarted()) {
            return;
        }
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && KeyUtils.compareKeys(key, clientKey.getPublic()));
        server.setKeyboardInteractiveAuthenticator(null);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
    }

    synchronized void stop() throws Exception {
        if (server != null && server.isStarted()) {
            server.stop(true);
        }
    }

    Path root() {
        return root;
    }

    int port() {
        return port;
    }

    /** The line {@code ssh-keyscan -p PORT 127.0.0.1} prints for this server, in a known_hosts file. */
    Path writeKnownHosts(Path file) throws Exception {
        Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        return file;
    }

    /** The private key this server accepts for {@link #USER}, in OpenSSH format, unencrypted. */
    Path writeClientKey(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "syndicast-itest", null, out);
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
