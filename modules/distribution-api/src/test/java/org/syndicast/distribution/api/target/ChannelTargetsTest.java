package org.syndicast.distribution.api.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackage;

class ChannelTargetsTest {

    @Test
    void theTargetPropertyNamesTheTarget() {
        assertThat(ChannelTargets.targetOf(Map.of("distribution.target", "partner-a",
                "service.pid", "org.syndicast.channel.ftp.target~other"))).isEqualTo("partner-a");
    }

    @Test
    void aFactoryConfigurationNamesItsTarget() {
        assertThat(ChannelTargets.targetOf(Map.of("service.pid", "org.syndicast.channel.ftp.target~partner-a")))
                .isEqualTo("partner-a");
    }

    @Test
    void withoutEitherItIsTheDefaultTarget() {
        assertThat(ChannelTargets.targetOf(Map.of("service.pid", "org.syndicast.channel.ftp"))).isEqualTo("default");
        assertThat(ChannelTargets.targetOf(Map.of())).isEqualTo("default");
    }

    @Test
    void secretsAreTheKeysStartingWithADot() {
        assertThat(ChannelTargets.isSecret(".password")).isTrue();
        assertThat(ChannelTargets.isSecret(".secret.key")).isTrue();
        assertThat(ChannelTargets.isSecret("username")).isFalse();
        assertThat(ChannelTargets.isSecret(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner-a", "a", "Profile_12", "x.y", "0"})
    void validNames(String name) {
        assertThat(ChannelTargets.requireName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "a/b", "a b", "a~b", "ä", "..",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void invalidNamesAreRefused(String name) {
        assertThatThrownBy(() -> ChannelTargets.requireName(name)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("INVALID_TARGET");
    }

    @Test
    void aShownTargetNeverHoldsASecret() {
        assertThatThrownBy(() -> new ChannelTarget("ftp", "a", "p", Map.of(".password", "x"), Set.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultTargetOfACommandIsNull() {
        MediaPackage mp = new MediaPackage("mp", null, java.util.List.of(), "<mediapackage/>");
        DistributionCommand named = new DistributionCommand("ftp", "o", "u", "c", mp, java.util.List.of(), false,
                false, "default");
        assertThat(named.target()).isNull();
        assertThat(named.targetName()).isEqualTo("default");
        assertThat(named.withTarget("partner-a").targetName()).isEqualTo("partner-a");
    }
}
