package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

class ChannelRegistryTest {
    private final ChannelRegistry registry = new ChannelRegistry();
    private final DistributionService a = new Nothing();
    private final DistributionService b = new Nothing();

    @Test
    void servicesAreFoundByChannelAndTarget() {
        registry.add(a, Map.of("distribution.channel", "ftp", "distribution.target", "default",
                "distribution.target.factory.pid", "org.syndicast.channel.ftp.target"));
        registry.add(b, Map.of("distribution.channel", "ftp", "distribution.target", "partner-a"));

        assertThat(registry.service("ftp", null)).containsSame(a);
        assertThat(registry.service("ftp", "default")).containsSame(a);
        assertThat(registry.service("ftp", "partner-a")).containsSame(b);
        assertThat(registry.service("ftp", "partner-b")).isEmpty();
        assertThat(registry.targets()).isEqualTo(Map.of("ftp", Set.of("default", "partner-a")));
        assertThat(registry.factoryPid("ftp")).contains("org.syndicast.channel.ftp.target");
    }

    @Test
    void aFactoryConfigurationWithoutTheTargetPropertyIsNamedByItsPid() {
        registry.add(b, Map.of("distribution.channel", "s3", "service.pid", "org.syndicast.channel.s3.target~archive"));

        assertThat(registry.service("s3", "archive")).containsSame(b);
    }

    @Test
    void removingOneTargetLeavesTheOthers() {
        Map<String, Object> partner = Map.of("distribution.channel", "ftp", "distribution.target", "partner-a");
        registry.add(a, Map.of("distribution.channel", "ftp"));
        registry.add(b, partner);

        assertThat(registry.remove(b, partner)).isPresent();
        assertThat(registry.service("ftp", "partner-a")).isEmpty();
        assertThat(registry.service("ftp", null)).containsSame(a);
        assertThat(registry.hasChannel("ftp")).isTrue();
    }

    @Test
    void aReplacedServiceIsNotRemovedByItsPredecessor() {
        Map<String, Object> props = Map.of("distribution.channel", "ftp");
        registry.add(a, props);
        registry.add(b, props);

        assertThat(registry.remove(a, props)).isEmpty();
        assertThat(registry.service("ftp", null)).containsSame(b);
    }

    @Test
    void theLastTargetGoneIsTheChannelGone() {
        Map<String, Object> props = Map.of("distribution.channel", "ftp");
        registry.add(a, props);
        registry.remove(a, props);

        assertThat(registry.hasChannel("ftp")).isFalse();
        assertThat(registry.channels()).isEmpty();
        assertThat(registry.targets()).isEmpty();
    }

    @Test
    void aServiceWithoutAChannelIsIgnored() {
        assertThat(registry.add(a, Map.of())).isEmpty();
        assertThat(registry.channels()).isEmpty();
    }

    private static final class Nothing implements DistributionService {
        @Override
        public MediaPackageElement distribute(Publication p, MediaPackageElement e,
                org.syndicast.distribution.api.ElementContent c) {
            return e;
        }

        @Override
        public void retract(Publication p, MediaPackageElement e) {
        }
    }
}
