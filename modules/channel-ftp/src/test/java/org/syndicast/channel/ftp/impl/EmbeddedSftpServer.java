package org.syndicast.channel.ftp.impl;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;

/**
 * A real MINA SSHD server with the SFTP subsystem on 127.0.0.1 for the tests: user {@value #USER} with a password
 * or a public key, files under {@code root}, a fixed host key that {@link #writeKnownHosts} records as an
 * operator would. Can slow writes down so that a test can cut a transfer off. Restartable on the same port.
 */
final class EmbeddedSftpServer implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "s3cret-Pass";

    private final Path root;
    private final KeyPair hostKey;
    private final KeyPair clientKey;
    private final AtomicInteger logins = new AtomicInteger();
    private volatile long writeDelayMillis;
    private SshServer server;
    private int port;

    EmbeddedSftpServer(Path root) throws Exception {
        this.root = root;
        this.hostKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        this.clientKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        start();
    }

    void start() throws Exception {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && KeyUtils.compareKeys(key, clientKey.getPublic()));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated) {
                    logins.incrementAndGet();
                }
            }
        });
        server.setKeyboardInteractiveAuthenticator(null);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                    byte[] data, int dataOffset, int dataLen) {
                sleep(writeDelayMillis);
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
    }

    void stop() throws Exception {
        if (server != null && server.isStarted()) {
            server.stop(true);
        }
    }

    /** Each SFTP write request waits this long: a slow link. */
    void slowWrites(long millis) {
        writeDelayMillis = millis;
    }

    int port() {
        return port;
    }

    int logins() {
        return logins.get();
    }

    /** A known_hosts line for this server, as {@code ssh-keyscan -p PORT 127.0.0.1} would print it. */
    Path writeKnownHosts(Path file) throws Exception {
        Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        return file;
    }

    /** The client's private key in OpenSSH format, optionally encrypted. */
    Path writeClientKey(Path file, String passphrase) throws Exception {
        return writeKey(clientKey, file, passphrase);
    }

    /** Some other private key, which this server does not accept. */
    static Path writeStrangerKey(Path file) throws Exception {
        return writeKey(KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256), file, null);
    }

    private static Path writeKey(KeyPair key, Path file, String passphrase) throws Exception {
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "syndicast-test", encryption, out);
        }
        return file;
    }

    /** Channel configuration for this server with password login, plus {@code more} overrides. */
    FtpChannelConfig config(Path knownHosts, Object... more) {
        Object[] base = { "protocol", "sftp", "host", "127.0.0.1", "port", port, "username", USER, "_password", PASSWORD,
                "known_hosts_path", knownHosts.toString() };
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Configs.of(all);
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
