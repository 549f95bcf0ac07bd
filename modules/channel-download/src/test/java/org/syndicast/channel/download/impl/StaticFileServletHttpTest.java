package org.syndicast.channel.download.impl;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The servlet in a real Jetty 9.4 (the line pax-web 8 runs), mapped as the whiteboard maps it: /static/*. */
class StaticFileServletHttpTest {
    private static final String FILE = "/static/org/ch/mp/el/lecture%201.mp4";
    private static final String SECRET = "content-outside-the-download-directory";

    @TempDir
    Path temp;
    Path root;
    byte[] bytes;
    StaticFileServlet servlet;
    Server server;
    HttpClient client;
    String base;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(temp.resolve("downloads"));
        Path dir = Files.createDirectories(root.resolve("org/ch/mp/el"));
        bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        Files.write(dir.resolve("lecture 1.mp4"), bytes);
        Files.write(dir.resolve(".lecture 1.mp4.abc.part"), bytes);
        Files.write(temp.resolve("secret.txt"), SECRET.getBytes(UTF_8));

        servlet = new StaticFileServlet(ChannelSettings.from(TestConfig.at(root)));
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(servlet), "/static/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void getServesTheFileWithItsValidators() throws Exception {
        HttpResponse<byte[]> response = send(request(FILE).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(header(response, "Content-Type")).startsWith("video/mp4");
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(header(response, "ETag")).startsWith("\"");
        assertThat(header(response, "Last-Modified")).endsWith("GMT");
        assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void headAnswersHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> response = send(request(FILE).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void rangesArePartial() throws Exception {
        HttpResponse<byte[]> span = send(request(FILE).header("Range", "bytes=100-199").GET());
        HttpResponse<byte[]> suffix = send(request(FILE).header("Range", "bytes=-500").GET());
        HttpResponse<byte[]> open = send(request(FILE).header("Range", "bytes=199000-").GET());

        assertThat(span.statusCode()).isEqualTo(206);
        assertThat(header(span, "Content-Range")).isEqualTo("bytes 100-199/200000");
        assertThat(span.body()).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(bytes, 199_500, 200_000));
        assertThat(header(open, "Content-Range")).isEqualTo("bytes 199000-199999/200000");
        assertThat(open.body()).hasSize(1000);
    }

    @Test
    void unsatisfiableRangeIs416() throws Exception {
        HttpResponse<byte[]> response = send(request(FILE).header("Range", "bytes=200000-").GET());

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes */200000");
    }

    @Test
    void multipleRangesGetTheWholeFile() throws Exception {
        HttpResponse<byte[]> response = send(request(FILE).header("Range", "bytes=0-9,20-29").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void conditionalRequestsAreNotModified() throws Exception {
        HttpResponse<byte[]> first = send(request(FILE).GET());

        HttpResponse<byte[]> byTag = send(request(FILE).header("If-None-Match", header(first, "ETag")).GET());
        HttpResponse<byte[]> byDate = send(request(FILE)
                .header("If-Modified-Since", header(first, "Last-Modified")).GET());

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(byDate.statusCode()).isEqualTo(304);
    }

    @Test
    void ifRangeOfAnOlderVersionGetsTheWholeFile() throws Exception {
        String etag = header(send(request(FILE).GET()), "ETag");

        HttpResponse<byte[]> current = send(request(FILE).header("Range", "bytes=0-9")
                .header("If-Range", etag).GET());
        HttpResponse<byte[]> stale = send(request(FILE).header("Range", "bytes=0-9")
                .header("If-Range", "\"old\"").GET());

        assertThat(current.statusCode()).isEqualTo(206);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(bytes);
    }

    @Test
    void missingFilesAndDirectoriesAreNotFoundWithAnErrorDocument() throws Exception {
        for (String path : new String[] {"/static/org/ch/mp/el/nothing.mp4", "/static/org/ch/mp/el", "/static/",
            "/static/org/ch/mp/el/.lecture%201.mp4.abc.part"}) {
            HttpResponse<byte[]> response = send(request(path).GET());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(response.body(), UTF_8))
                    .contains("<error><code>NOT_FOUND</code><message>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/..%2fsecret.txt",
        "/static/org/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/static/%2fsecret.txt",
        "/static/..%5csecret.txt", "/static/org/ch/mp/el/lecture%201.mp4%00"})
    void traversalIsRefused(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).doesNotStartWith("HTTP/1.1 200").doesNotContain(SECRET);
    }

    @Test
    void symbolicLinkOutOfTheDirectoryIsNotServed() throws Exception {
        Files.createSymbolicLink(root.resolve("org/ch/mp/el/escape.txt"), temp.resolve("secret.txt"));

        assertThat(send(request("/static/org/ch/mp/el/escape.txt").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        assertThat(send(request(FILE).POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode()).isEqualTo(405);
        assertThat(send(request(FILE).DELETE()).statusCode()).isEqualTo(405);
        assertThat(send(request(FILE).method("TRACE", HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(405);
    }

    @Test
    void configurationChangesApplyToTheRunningServlet() throws Exception {
        servlet.update(new ChannelSettings(root, "http://h/s", "/static", true, 60));

        assertThat(header(send(request(FILE).GET()), "Cache-Control")).isEqualTo("public, max-age=60");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Sends a request line exactly as written: an HTTP client would normalize dot segments first. */
    private String raw(String request) throws Exception {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), ISO_8859_1);
        }
    }
}
