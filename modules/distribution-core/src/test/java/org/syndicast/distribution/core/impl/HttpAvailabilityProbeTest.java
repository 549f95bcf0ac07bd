package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The probe against a real HTTP server on the loopback interface. */
class HttpAvailabilityProbeTest {
    private HttpServer server;
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final AtomicInteger notYet = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            methods.add(exchange.getRequestMethod());
            boolean there = exchange.getRequestURI().getPath().startsWith("/there") && notYet.getAndDecrement() <= 0;
            exchange.sendResponseHeaders(there ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aUrlThatAnswers200IsAvailableAfterOneHead() {
        assertThat(probe(3).answers(url("/there/a.mp4"))).isTrue();
        assertThat(methods).containsExactly("HEAD");
    }

    @Test
    void theProbeAsksAgainUntilTheUrlAnswers() {
        notYet.set(2);

        assertThat(probe(5).answers(url("/there/a.mp4"))).isTrue();
        assertThat(methods).hasSize(3);
    }

    @Test
    void aUrlThatNeverAnswersIsUnavailableAfterTheConfiguredAttempts() {
        assertThat(probe(3).answers(url("/missing/a.mp4"))).isFalse();
        assertThat(methods).hasSize(3);
    }

    @Test
    void anUnreachableServerIsUnavailable() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThat(probe(2).answers(URI.create("http://127.0.0.1:" + port + "/there"))).isFalse();
    }

    @Test
    void onlyHttpUrlsAreProbed() {
        assertThat(probe(1).answers(URI.create("file:///srv/download/a.mp4"))).isFalse();
        assertThat(probe(1).answers(URI.create("s3://bucket/a.mp4"))).isFalse();
        assertThat(methods).isEmpty();
    }

    private static HttpAvailabilityProbe probe(int attempts) {
        return new HttpAvailabilityProbe(HttpClient.newHttpClient(), new TestConfig().availability(attempts, 10).settings());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
