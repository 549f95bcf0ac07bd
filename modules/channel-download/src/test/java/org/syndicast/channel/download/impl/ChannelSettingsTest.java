package org.syndicast.channel.download.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syndicast.distribution.api.Publication;

class ChannelSettingsTest {

    @Test
    void emptyDirectoryMeansDownloadsUnderKarafBase() {
        String previous = System.getProperty("karaf.base");
        System.setProperty("karaf.base", "/opt/syndicast");
        try {
            assertThat(ChannelSettings.from(TestConfig.defaults()).directory())
                    .isEqualTo(Path.of("/opt/syndicast/downloads"));
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.base");
            } else {
                System.setProperty("karaf.base", previous);
            }
        }
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ChannelSettings settings = ChannelSettings.from(TestConfig.defaults());

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8181/static");
        assertThat(settings.servePath()).isEqualTo("/static");
        assertThat(settings.serveEnabled()).isTrue();
        assertThat(settings.cacheMaxAge()).isEqualTo(3600);
    }

    @Test
    void trailingSlashesAreDropped() {
        ChannelSettings settings = ChannelSettings.from(TestConfig.defaults()
                .withUrl("https://cdn.example.org/dl//").withServePath("/media/dl/"));

        assertThat(settings.baseUrl()).isEqualTo("https://cdn.example.org/dl");
        assertThat(settings.servePath()).isEqualTo("/media/dl");
    }

    @Test
    void publicUrlFollowsTheLayout() {
        ChannelSettings settings = ChannelSettings.from(TestConfig.defaults());

        URI url = settings.publicUrl(new Publication("org", "ch", "mp"), "el", "a b.mp4");

        assertThat(url).isEqualTo(URI.create("http://localhost:8181/static/org/ch/mp/el/a%20b.mp4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/static?x=1", "localhost:8181/static", "relative/path", "http://h/a#frag",
        "http://h/a b"})
    void invalidUrlIsRefused(String url) {
        assertThatThrownBy(() -> ChannelSettings.from(TestConfig.defaults().withUrl(url)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "static", "/a/../b", "/./a", "/a//b", "/a b", "/a%2Fb", "/a/*"})
    void invalidServePathIsRefused(String servePath) {
        assertThatThrownBy(() -> ChannelSettings.from(TestConfig.defaults().withServePath(servePath)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeMaxAgeIsRefused() {
        TestConfig config = new TestConfig("", "http://h/s", "/s", true, -1);

        assertThatThrownBy(() -> ChannelSettings.from(config)).isInstanceOf(IllegalArgumentException.class);
    }
}
