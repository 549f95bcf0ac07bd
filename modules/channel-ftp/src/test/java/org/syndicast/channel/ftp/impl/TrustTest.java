package org.syndicast.channel.ftp.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.channel.testkit.TestContent;
import org.syndicast.distribution.api.DistributionException;

/** Host keys and certificates: refused unless trusted, with a message that says what to do; permanent failures. */
class TrustTest {
    @TempDir
    Path temp;

    private static void assertRefused(FtpDistributionService service, String code, String message) {
        try {
            assertThatThrownBy(() -> service.distribute(FtpChannelContract.PUBLICATION, FtpChannelContract.element("t"),
                    TestContent.random("a.mp4", 10, 1))).isInstanceOfSatisfying(DistributionException.class, e -> {
                        assertThat(e.code()).isEqualTo(code);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains(message);
                    });
        } finally {
            service.deactivate();
        }
    }

    @Test
    void anUnknownHostKeyIsRefused() throws Exception {
        try (EmbeddedSftpServer server = new EmbeddedSftpServer(temp)) {
            Path otherServersKey = Files.createTempDirectory(temp, "other");
            Path knownHosts;
            try (EmbeddedSftpServer other = new EmbeddedSftpServer(otherServersKey)) {
                knownHosts = Files.writeString(temp.resolve("known_hosts"),
                        Files.readString(other.writeKnownHosts(temp.resolve("kh"))).replace(":" + other.port() + " ",
                                ":" + server.port() + " "));
            }
            assertRefused(new FtpDistributionService(server.config(knownHosts)), "HOST_KEY_REJECTED", "differs");
        }
    }

    @Test
    void aMissingKnownHostsFileIsRefusedSayingWhichKeyToAdd() throws Exception {
        try (EmbeddedSftpServer server = new EmbeddedSftpServer(temp)) {
            assertRefused(new FtpDistributionService(server.config(temp.resolve("nowhere"))), "HOST_KEY_REJECTED",
                    "does not exist");
        }
    }

    @Test
    void withoutStrictCheckingAnyHostKeyIsAccepted() throws Exception {
        try (EmbeddedSftpServer server = new EmbeddedSftpServer(temp)) {
            FtpDistributionService service = new FtpDistributionService(
                    server.config(temp.resolve("nowhere"), "strict_host_key_checking", false));
            service.distribute(FtpChannelContract.PUBLICATION, FtpChannelContract.element("t"), TestContent.random("a", 10, 1));
            service.deactivate();
            assertThat(temp.resolve("default/engage-player/mp-1/t/a")).exists();
        }
    }

    @Test
    void aCertificateOutsideTheTrustStoreIsRefused() throws Exception {
        try (EmbeddedFtpServer server = new EmbeddedFtpServer(temp, Protocol.FTPS_EXPLICIT, TestTls.keystore(), 0)) {
            assertRefused(new FtpDistributionService(server.config("trust_store_path", "")), "TLS_FAILED",
                    "trust.store.path");
        }
    }

    @Test
    void trustAllAcceptsAnyCertificate() throws Exception {
        try (EmbeddedFtpServer server = new EmbeddedFtpServer(temp, Protocol.FTPS_IMPLICIT, TestTls.keystore(), 0)) {
            FtpDistributionService service = new FtpDistributionService(
                    server.config("trust_store_path", "", "trust_all", true));
            service.distribute(FtpChannelContract.PUBLICATION, FtpChannelContract.element("t"), TestContent.random("a", 10, 1));
            service.deactivate();
            assertThat(temp.resolve("default/engage-player/mp-1/t/a")).exists();
        }
    }

    @Test
    void aWrongKeyPassphraseIsAPermanentAuthFailure() throws Exception {
        try (EmbeddedSftpServer server = new EmbeddedSftpServer(temp)) {
            Path key = server.writeClientKey(temp.resolve("id"), "right");
            assertRefused(new FtpDistributionService(server.config(server.writeKnownHosts(temp.resolve("kh")),
                    List.of("_password", "", "private_key_path", key.toString(), "_private_key_passphrase", "wrong")
                            .toArray())), "AUTH_FAILED", "private.key.path");
        }
    }
}
