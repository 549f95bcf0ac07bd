package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.SourceReadException;

import com.sun.net.httpserver.HttpServer;

/** The policy as the component builds it (its own HTTP client, its configuration), against a real origin. */
class ElementSourcesHttpTest {
    private HttpServer origin;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void startOrigin() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requested.add(path);
            if (path.startsWith("/media/moved")) {
                exchange.getResponseHeaders().add("Location", base + "media/a.mp4");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/media/a.mp4")) {
                byte[] body = "bytes".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        origin.start();
        base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + origin.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void anAllowedUrlIsStreamedFromTheOrigin() throws IOException {
        ElementSources policy = new ElementSources(new TestConfig().httpAllow(base + "media"));

        try (InputStream in = policy.resolve(null, "t", URI.create(base + "media/a.mp4")).open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("bytes");
        }
    }

    @Test
    void aRedirectIsNeverFollowed() {
        ElementSources policy = new ElementSources(new TestConfig().httpAllow(base + "media"));

        assertThatThrownBy(() -> policy.resolve(null, "t", URI.create(base + "media/moved.mp4")).open())
                .isInstanceOf(SourceReadException.class).hasMessageContaining("302");
        assertThat(requested).containsExactly("/media/moved.mp4");
    }

    @Test
    void anOriginAnsweringNot200IsASourceReadErrorThatDoesNotShowTheUrl() {
        ElementSources policy = new ElementSources(new TestConfig().httpAllow(base + "media"));

        assertThatThrownBy(() -> policy.resolve(null, "t", URI.create(base + "media/gone.mp4?sig=s3cr3t")).open())
                .isInstanceOf(SourceReadException.class).hasMessageContaining("404").hasMessageNotContaining("s3cr3t")
                .hasMessageNotContaining("gone.mp4");
    }

    @Test
    void aChangedConfigurationAppliesToTheNextCall() {
        ElementSources policy = new ElementSources(new TestConfig());
        URI url = URI.create(base + "media/a.mp4");
        assertThatThrownBy(() -> policy.resolve(null, "t", url)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_ALLOWED"));

        policy.modified(new TestConfig().httpAllow(base + "media"));

        assertThat(policy.resolve(null, "t", url).fileName()).isEqualTo("a.mp4");
        policy.modified(new TestConfig().httpAllow(base + "other"));
        assertThatThrownBy(() -> policy.resolve(null, "t", url)).isInstanceOf(InvalidInputException.class);
        assertThat(requested).isEmpty();
    }

    @Test
    void providersComeAndGoWithTheirServices() {
        ElementSources policy = new ElementSources(new TestConfig());
        URI url = URI.create("asset://mp-1/track-1");
        FileContent content = new FileContent(java.nio.file.Path.of("x"), "x.mp4");
        org.syndicast.distribution.api.ElementContentProvider provider = (org, u) -> java.util.Optional.of(content);
        java.util.Map<String, Object> props = java.util.Map.of("element.scheme", "asset");

        policy.bindProvider(provider, props);
        assertThat(policy.resolve("default", "t", url)).isSameAs(content);
        policy.unbindProvider(provider, props);
        assertThatThrownBy(() -> policy.resolve("default", "t", url)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
    }
}
