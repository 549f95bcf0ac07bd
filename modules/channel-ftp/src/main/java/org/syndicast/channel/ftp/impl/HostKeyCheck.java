package org.syndicast.channel.ftp.impl;

import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an SFTP server's host key against an OpenSSH known_hosts file ({@code [host]:port} entries for other
 * ports, hashed entries too). Strict checking refuses unknown and changed keys, and remembers on the session
 * why, so that the job says so instead of "connection closed". Without strict checking every key is accepted
 * and each connection logs a warning with the key's fingerprint.
 */
final class HostKeyCheck implements ServerKeyVerifier {
    /** Why the key was refused, set on the session that refused it. */
    static final AttributeKey<String> REJECTION = new AttributeKey<>();

    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);

    private final Path knownHosts;
    private final boolean strict;
    private final KnownHostsServerKeyVerifier verifier;

    HostKeyCheck(Path knownHosts, boolean strict) {
        this.knownHosts = knownHosts;
        this.strict = strict;
        this.verifier = new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
        String fingerprint = KeyUtils.getFingerPrint(key);
        if (!strict) {
            LOG.warn("Accepting host key {} of {} without checking it: strict.host.key.checking is false", fingerprint,
                    remote);
            return true;
        }
        if (!Files.isReadable(knownHosts)) {
            session.setAttribute(REJECTION, "The known hosts file " + knownHosts + " does not exist or cannot be read;"
                    + " add the server's host key (" + KeyUtils.getKeyType(key) + " " + fingerprint + ") to it");
            return false;
        }
        if (verifier.verifyServerKey(session, remote, key)) {
            return true;
        }
        session.setAttribute(REJECTION, "The server's host key " + KeyUtils.getKeyType(key) + " " + fingerprint
                + " is not in " + knownHosts + " for this host and port, or differs from the key there");
        return false;
    }
}
