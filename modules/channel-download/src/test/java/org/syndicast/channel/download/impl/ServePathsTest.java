package org.syndicast.channel.download.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Two download targets never serve under one path, and a target's name comes from its factory configuration. */
class ServePathsTest {
    private final ServePaths paths = new ServePaths();

    @Test
    void theFirstTargetToClaimAPathKeepsIt() {
        assertThat(paths.claim("/static", "default")).isTrue();
        assertThat(paths.claim("/static", "press")).isFalse();
        assertThat(paths.owner("/static")).isEqualTo("default");
        assertThat(paths.claim("/static", "default")).isTrue();
        assertThat(paths.claim("/press", "press")).isTrue();
    }

    @Test
    void aReleasedPathCanBeClaimedByAnother() {
        paths.claim("/static", "default");
        paths.release("/static", "press");
        assertThat(paths.owner("/static")).isEqualTo("default");

        paths.release("/static", "default");
        assertThat(paths.claim("/static", "press")).isTrue();
    }

    @Test
    void aTargetIsNamedByItsFactoryConfiguration() {
        assertThat(DownloadTargetComponent.nameOf(Map.of("service.pid", DownloadChannelConfig.TARGET_PID + "~press")))
                .isEqualTo("press");
    }

    @Test
    void aConfigurationWithoutAUsableNameIsRefused() {
        assertThatThrownBy(() -> DownloadTargetComponent.nameOf(Map.of("service.pid", DownloadChannelConfig.TARGET_PID)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DownloadTargetComponent.nameOf(
                Map.of("service.pid", DownloadChannelConfig.TARGET_PID + "~default")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
