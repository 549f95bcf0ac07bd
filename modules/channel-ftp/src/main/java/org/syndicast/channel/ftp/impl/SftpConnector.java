package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.impl.AbstractSftpClient;

/**
 * Opens SFTP sessions with Apache MINA SSHD. One SSH client per configuration: it knows only the configured
 * identities (never the user's {@code ~/.ssh} keys or config) and checks host keys with {@link HostKeyCheck}.
 */
final class SftpConnector implements Connector {
    /**
     * AES-GCM first: the JDK runs it with AES-NI and carry-less multiply, several times faster than MINA's own
     * ChaCha20-Poly1305 (its default first choice); all of these are current OpenSSH defaults.
     */
    private static final List<NamedFactory<Cipher>> CIPHERS = List.of(BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128ctr, BuiltinCiphers.aes192ctr, BuiltinCiphers.aes256ctr, BuiltinCiphers.cc20p1305_openssh)
            .stream().filter(BuiltinCiphers::isSupported).<NamedFactory<Cipher>>map(c -> c).toList();

    private final ChannelSettings settings;
    private final SshClient client;

    SftpConnector(ChannelSettings settings) {
        this.settings = settings;
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new HostKeyCheck(settings.knownHosts(), settings.strictHostKeyChecking()));
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setFilePasswordProvider(FilePasswordProvider.EMPTY);
        client.setCipherFactories(CIPHERS);
        CoreModuleProperties.IDLE_TIMEOUT.set(client, settings.dataTimeout().plus(settings.poolIdleTimeout()));
        AbstractSftpClient.SFTP_CLIENT_CMD_TIMEOUT.set(client, settings.dataTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.connectTimeout());
        client.start();
    }

    @Override
    public RemoteSession open() throws IOException {
        List<KeyPair> keys = keys();
        ClientSession session = client.connect(settings.username(), settings.host(), settings.port())
                .verify(settings.connectTimeout()).getSession();
        try {
            keys.forEach(session::addPublicKeyIdentity);
            if (!settings.password().isEmpty()) {
                session.addPasswordIdentity(settings.password().value());
            }
            session.auth().verify(settings.connectTimeout());
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpSession(session, sftp, sftp.canonicalPath("."));
        } catch (IOException | RuntimeException e) {
            String rejection = session.getAttribute(HostKeyCheck.REJECTION);
            session.close(true);
            if (rejection != null) {
                throw new RemoteFailure(RemoteFailure.Kind.HOST_KEY_REJECTED, rejection, true, e);
            }
            if (authFailed(e)) {
                throw new RemoteFailure(RemoteFailure.Kind.AUTH_FAILED, "The server refused the login of user '"
                        + settings.username() + "' (check username, .password or private.key.path)", true, e);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        client.stop();
    }

    /** The configured private key, read on every connect so that a replaced key file takes effect. */
    private List<KeyPair> keys() throws IOException {
        if (settings.privateKey().isEmpty()) {
            return List.of();
        }
        FilePasswordProvider passphrase = settings.passphrase().isEmpty() ? FilePasswordProvider.EMPTY
                : FilePasswordProvider.of(settings.passphrase().value());
        List<KeyPair> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(settings.privateKey().get())) {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(settings.privateKey().get().toString()), in, passphrase);
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RemoteFailure(RemoteFailure.Kind.AUTH_FAILED, "Cannot read private.key.path "
                    + settings.privateKey().get() + " (missing, unreadable, unknown format or wrong passphrase): "
                    + e.getClass().getSimpleName(), true, e);
        }
        if (keys.isEmpty()) {
            throw new RemoteFailure(RemoteFailure.Kind.AUTH_FAILED, "No key in private.key.path "
                    + settings.privateKey().get(), true);
        }
        return keys;
    }

    private static boolean authFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SshException s
                    && s.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
                return true;
            }
        }
        return false;
    }
}
