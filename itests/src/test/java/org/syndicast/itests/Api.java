package org.syndicast.itests;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tests' one client of the server's HTTP API, as curl, an Opencast workflow or an EnterMediaDB front end
 * would call it: it speaks the wire only (forms, JSON and XML text, headers), never the server's classes.
 *
 * <p>A client carries one credential on every call to a path of the server: HTTP Basic ({@link #admin},
 * {@link #as}), a session key from {@code POST /assets/login} as {@code Authorization: Bearer}
 * ({@link #withBearer}) or as the {@code entermedia.key} cookie ({@link #withCookie}, {@link #session}), or none
 * ({@link #anonymous()}). {@link #getBytes} and {@link #head} take absolute URLs and send no credential, as anyone
 * fetching a published URL would; pass headers to {@code getBytes} to send one.
 */
final class Api {
    static final String SESSION_COOKIE = "entermedia.key";
    private static final Pattern STATUS = Pattern.compile("<job [^>]*status=\"([A-Z]+)\"");
    private static final Pattern ID = Pattern.compile("<job [^>]*id=\"([0-9]+)\"");

    private final HttpClient http;
    private final String base;
    /** The credential header's name and value, or null for none. */
    private final String[] credential;

    /** A client of the server at {@code base} with HTTP Basic, or anonymous when {@code user} is null. */
    Api(String base, String user, String password) {
        this(newClient(), base, user == null ? null : new String[] { "Authorization", KarafServer.basic(user, password) });
    }

    private Api(HttpClient http, String base, String[] credential) {
        this.http = http;
        this.base = base;
        this.credential = credential;
    }

    static Api admin(KarafServer server) {
        return new Api(server.baseUrl(), KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD);
    }

    static Api anonymous(KarafServer server) {
        return new Api(server.baseUrl(), null, null);
    }

    /** The same server with HTTP Basic as this user. */
    Api as(String user, String password) {
        return with("Authorization", KarafServer.basic(user, password));
    }

    /** The same server without any credential. */
    Api anonymous() {
        return new Api(http, base, null);
    }

    /** The same server with this session key, genuine or not, as {@code Authorization: Bearer}. */
    Api withBearer(String key) {
        return with("Authorization", "Bearer " + key);
    }

    /** The same server with this session key, genuine or not, as the {@code entermedia.key} cookie. */
    Api withCookie(String key) {
        return with("Cookie", SESSION_COOKIE + "=" + key);
    }

    /**
     * Logs in through {@code POST /assets/login} (form fields {@code user}, {@code password} and, unless null,
     * {@code organization}; sent without this client's credential) and answers the session key.
     */
    String login(String user, String password, String organization) {
        Map<String, String> fields = form("user", user, "password", password);
        if (organization != null) {
            fields.put("organization", organization);
        }
        HttpResponse<String> r = anonymous().post("/assets/login", fields);
        if (r.statusCode() != 200) {
            throw new AssertionError("login of " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        return json(r.body(), "key");
    }

    /** A client carrying a fresh session of this user as the {@code entermedia.key} cookie, as a browser would. */
    Api session(String user, String password, String organization) {
        return withCookie(login(user, password, organization));
    }

    private Api with(String header, String value) {
        return new Api(http, base, new String[] { header, value });
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
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> postRaw(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body), HttpResponse.BodyHandlers.ofString());
    }

    /** A call with a JSON body. */
    HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** A PUT whose body streams from {@code in} with a known Content-Length, given ten minutes. */
    HttpResponse<String> putStream(String path, String contentType, long length, Supplier<InputStream> in) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(in), length);
        return send(request(path).timeout(Duration.ofMinutes(10)).header("Content-Type", contentType).PUT(body),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(withHeaders(request(path), headers).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs an absolute URL without this client's credential. */
    HttpResponse<byte[]> getBytes(String url, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)), headers).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** HEADs an absolute URL without this client's credential. */
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

    /** Posts {@code form} every 20 ms until the answer has {@code status}: a channel going away (404) or back (400). */
    void awaitStatus(String path, Map<String, String> form, int status, Duration timeout) throws InterruptedException {
        awaitPost(path, form, r -> r.statusCode() == status, timeout, 20, "status " + status);
    }

    /**
     * Posts {@code form} until the answer's body holds {@code expected}, for up to 20 s: Configuration Admin applies
     * a changed etc/ file within seconds, and a channel then rebuilds its clients.
     */
    String awaitAnswer(String path, Map<String, String> form, String expected) throws InterruptedException {
        return awaitPost(path, form, r -> r.body().contains(expected), Duration.ofSeconds(20), 200, expected).body();
    }

    /** {@link #awaitAnswer(String, Map, String)} for an answer that also has this status. */
    String awaitAnswer(String path, Map<String, String> form, int status, String expected) throws InterruptedException {
        return awaitPost(path, form, r -> r.statusCode() == status && r.body().contains(expected),
                Duration.ofSeconds(20), 200, status + " with " + expected).body();
    }

    private HttpResponse<String> awaitPost(String path, Map<String, String> form, Predicate<HttpResponse<String>> done,
            Duration timeout, long pauseMillis, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = post(path, form);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(pauseMillis);
        }
        throw new AssertionError("POST " + path + ": no answer with " + wanted + " within " + timeout + "; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    /**
     * Waits until the asset endpoints answer this client's {@code GET /assets?limit=1} with 200 (call it on a
     * reader): the server counts as ready when the job API does, and the asset bundles may still be opening their
     * persistence unit then.
     */
    Api awaitAssets() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = get("/assets?limit=1").statusCode();
                if (last == 200) {
                    return this;
                }
            } catch (UncheckedIOException e) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the asset endpoints did not come up at " + base + " (last answer " + last + ")");
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

    /** The first string or number member {@code name} of a JSON text (enough for these answers). */
    static String json(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9]+))")
                .matcher(body);
        if (!m.find()) {
            throw new AssertionError("no '" + name + "' in " + body);
        }
        return m.group(1) != null ? m.group(1).replace("\\/", "/") : m.group(2);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (credential != null) {
            b.header(credential[0], credential[1]);
        }
        return b;
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
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

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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

    /**
     * Waits until Kaltura's {@code /api_v3} answers {@code system.ping} with its XML envelope: the wire's bundle
     * may register its resource after the job API is up.
     */
    void awaitKaltura(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "none";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = get("/api_v3/service/system/action/ping");
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("<result>1</result>")) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("/api_v3 did not answer within " + timeout + "; last answer: " + last);
    }

    /** A request with any method, path, headers and body (null for none), as a hostile client would send it. */
    HttpResponse<String> raw(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(withHeaders(request(path), headers).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : body), HttpResponse.BodyHandlers.ofString());
    }
}
