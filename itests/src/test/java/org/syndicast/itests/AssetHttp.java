package org.syndicast.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client of the asset endpoints: JSON calls with a session key or Basic, raw streaming uploads, plain GETs. */
final class AssetHttp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String[] auth;

    private AssetHttp(String base, String... auth) {
        this.base = base;
        this.auth = auth;
    }

    static AssetHttp basic(KarafServer server, String user, String password) {
        return new AssetHttp(server.baseUrl(), "Authorization", KarafServer.basic(user, password));
    }

    static AssetHttp anonymous(KarafServer server) {
        return new AssetHttp(server.baseUrl());
    }

    /**
     * Waits until the asset endpoints answer: the server counts as ready when the job API does, and the asset
     * bundles may still be opening their persistence unit then (until they do, the JAX-RS default
     * application answers /assets with its own 404).
     */
    static void awaitReady(KarafServer server) throws InterruptedException {
        AssetHttp admin = basic(server, KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (admin.get("/assets?limit=1").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the asset endpoints did not come up; see " + server.home().resolve("data/log"));
    }

    /** A client sending this entermedia.key cookie, genuine or not. */
    static AssetHttp cookie(KarafServer server, String key) {
        return new AssetHttp(server.baseUrl(), "Cookie", "entermedia.key=" + key);
    }

    /** A client carrying a session key from {@code POST /assets/login} as the entermedia.key cookie. */
    static AssetHttp session(KarafServer server, String user, String password, String organization) {
        AssetHttp anon = anonymous(server);
        HttpResponse<String> r = anon.send("POST", "/assets/login", "application/x-www-form-urlencoded",
                "user=" + user + "&password=" + password + (organization == null ? "" : "&organization=" + organization));
        if (r.statusCode() != 200) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return new AssetHttp(server.baseUrl(), "Cookie", "entermedia.key=" + json(r.body(), "key"));
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<Void> head(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding());
    }

    /** A PUT whose body streams from {@code in} with a known Content-Length. */
    HttpResponse<String> putStream(String path, String type, long length, Supplier<InputStream> in) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(in), length);
        HttpRequest.Builder b = request(path).timeout(Duration.ofMinutes(10)).header("Content-Type", type)
                .method("PUT", body);
        return send(b, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String type, byte[] body) {
        return send(request(path).header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String type, String body) {
        return send(method, path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The first string or number member {@code name} of a JSON text (enough for these answers). */
    static String json(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9]+))").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no '" + name + "' in " + body);
        }
        return m.group(1) != null ? m.group(1).replace("\\/", "/") : m.group(2);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < auth.length; i += 2) {
            b.header(auth[i], auth[i + 1]);
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(b.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
