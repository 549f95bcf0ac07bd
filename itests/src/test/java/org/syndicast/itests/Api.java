package org.syndicast.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A client of the server's HTTP API, as a curl user or an Opencast workflow would call it. */
final class Api {
    private static final Pattern STATUS = Pattern.compile("<job [^>]*status=\"([A-Z]+)\"");
    private static final Pattern ID = Pattern.compile("<job [^>]*id=\"([0-9]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String auth;

    Api(String base, String user, String password) {
        this.base = base;
        this.auth = user == null ? null : KarafServer.basic(user, password);
    }

    static Api admin(KarafServer server) {
        return new Api(server.baseUrl(), KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD);
    }

    Api as(String user, String password) {
        return new Api(base, user, password);
    }

    Api anonymous() {
        return new Api(base, null, null);
    }

    static Map<String, String> form(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postRaw(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String url, String... headers) {
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

    /** Polls a job until it reaches a terminal status and returns its last document. */
    String awaitJob(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String doc = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get("/services/job/" + id + ".xml");
            if (r.statusCode() == 200) {
                doc = r.body();
                String status = status(doc);
                if (status.equals("FINISHED") || status.equals("FAILED") || status.equals("CANCELLED")) {
                    return doc;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " not done after " + timeout + ": " + doc);
    }

    static String status(String jobXml) {
        Matcher m = STATUS.matcher(jobXml);
        if (!m.find()) {
            throw new AssertionError("not a job document: " + jobXml);
        }
        return m.group(1);
    }

    static long id(String jobXml) {
        Matcher m = ID.matcher(jobXml);
        if (!m.find()) {
            throw new AssertionError("not a job document: " + jobXml);
        }
        return Long.parseLong(m.group(1));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (auth != null) {
            b.header("Authorization", auth);
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Waits until the asset endpoints answer 200: the server counts as ready when the job API does, and the asset
     * bundles may still be opening their persistence unit then.
     */
    void awaitAssetEndpoints(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/assets?limit=1").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the asset endpoints did not answer within " + timeout);
    }
}
