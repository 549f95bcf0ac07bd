package org.syndicast.channel.ftp.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    @Test
    void defaultsArePlainFtpInPassiveModeWithStrictHostKeysAndNoServer() {
        ChannelSettings s = ChannelSettings.from(Configs.of());
        assertThat(s.configured()).isFalse();
        assertThat(s.protocol()).isEqualTo(Protocol.FTP);
        assertThat(s.port()).isEqualTo(21);
        assertThat(s.passive()).isTrue();
        assertThat(s.strictHostKeyChecking()).isTrue();
        assertThat(s.trustAll()).isFalse();
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.layout().basePath()).isEmpty();
    }

    @Test
    void portZeroMeansTheProtocolsDefault() {
        assertThat(ChannelSettings.from(Configs.of("protocol", "ftps-implicit")).port()).isEqualTo(990);
        assertThat(ChannelSettings.from(Configs.of("protocol", "SFTP", "_password", "x")).port()).isEqualTo(22);
        assertThat(ChannelSettings.from(Configs.of("protocol", "ftps-explicit", "port", 2121)).port()).isEqualTo(2121);
    }

    @Test
    void anUnknownProtocolIsRefusedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("protocol", "scp")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftps-explicit");
    }

    @Test
    void sftpNeedsAPasswordOrAKey() {
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("protocol", "sftp", "host", "h")))
                .hasMessageContaining("private.key.path");
        assertThat(ChannelSettings.from(Configs.of("protocol", "sftp", "private_key_path", "/k")).privateKey()).isPresent();
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("host", "user@host"))).hasMessageContaining("host");
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("port", 70000))).hasMessageContaining("port");
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("base_path", "/srv/../etc"))).hasMessageContaining("base.path");
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("public_url", "ftp://x/y"))).hasMessageContaining("public.url");
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("public_url", "https://u:p@x/y")))
                .hasMessageContaining("public.url");
        assertThatThrownBy(() -> ChannelSettings.from(Configs.of("data_timeout_ms", 0))).hasMessageContaining("data.timeout.ms");
    }

    @Test
    void withoutAHostEveryDistributionFailsAtOnceSayingWhatToSet() {
        FtpDistributionService service = new FtpDistributionService(Configs.of());
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.retract(FtpChannelContract.PUBLICATION,
                    FtpChannelContract.element("t"))).isInstanceOfSatisfying(
                            org.syndicast.distribution.api.DistributionException.class, e -> {
                                assertThat(e.code()).isEqualTo("NOT_CONFIGURED");
                                assertThat(e.retryable()).isFalse();
                                assertThat(e.getMessage()).contains("org.syndicast.channel.ftp.cfg");
                            });
        } finally {
            service.deactivate();
        }
    }

    @Test
    void secretsAreNeverShown() {
        ChannelSettings s = ChannelSettings.from(Configs.of("protocol", "sftp", "_password", "pw-123",
                "_private_key_passphrase", "pp-456", "_trust_store_password", "ts-789", "private_key_path", "/k"));
        assertThat(s.toString() + s.describe()).doesNotContain("pw-123", "pp-456", "ts-789");
        assertThat(s.password().value()).isEqualTo("pw-123");
    }

    @Test
    void describeSaysWhenChecksAreOff() {
        assertThat(ChannelSettings.from(Configs.of("protocol", "sftp", "_password", "x", "strict_host_key_checking", false))
                .describe()).contains("HOST KEYS NOT CHECKED");
        assertThat(ChannelSettings.from(Configs.of("protocol", "ftps-explicit", "trust_all", true)).describe())
                .contains("CERTIFICATES NOT CHECKED");
    }
}
