package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one element source policy, from outside: every encoding of a dot segment or a path separator is refused
 * with 400 {@code SOURCE_NOT_ALLOWED}, on the Opencast endpoints and on asset register-by-URL alike, for http
 * URLs under an allow-listed prefix and for {@code file:} URLs under the inbox, and nothing is created or fetched.
 * Each URL, once decoded, reaches a real file: outside the prefix or the inbox, or back inside it by a detour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcePolicyIT {
    /** Ways of writing "..": plain, percent-encoded in either case or half, and double-encoded. */
    private static final List<String> DOTS = List.of("..", "%2e%2e", "%2E%2e", "%2e%2E", "%2E%2E", ".%2e", ".%2E",
            "%2e.", "%2E.", "%252e%252e", "%252E%252e", ".%252e", "%25252e%25252e");
    /** Ways of writing a separator: encoded slash and backslash in either case, and double-encoded. */
    private static final List<String> SEPARATORS = List.of("%2f", "%2F", "%5c", "%5C", "%252f", "%252F", "%255c",
            "%255C");
    private static final String ASSET = "src-1";

    private Path originFiles;
    private OriginServer origin;
    private KarafServer server;
    private Api api;
    private String allowed;

    @BeforeAll
    void start() throws Exception {
        originFiles = Files.createTempDirectory("source-policy-origin");
        MediaPackages.randomFile(originFiles.resolve("media/ok.mp4"), 10_000, 1);
        MediaPackages.randomFile(originFiles.resolve("private/secret.mp4"), 10_000, 2);
        origin = new OriginServer(originFiles);
        allowed = origin.base() + "media/";
        server = KarafServer.create("sources");
        server.set("org.syndicast.distribution.core", "http.allow", allowed);
        server.start();
        api = Api.admin(server);
        MediaPackages.randomFile(server.inbox().resolve("in/ok.mp4"), 10_000, 3);
        MediaPackages.randomFile(server.home().resolve("secret/secret.mp4"), 10_000, 4);
        api.awaitAssetEndpoints(Duration.ofSeconds(60));
        HttpResponse<String> created = json("/assets", "{\"id\":\"" + ASSET + "\",\"title\":\"Sources\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (origin != null) {
            origin.close();
        }
    }

    /** Every hostile URL, named for the report. */
    Stream<Arguments> hostileUrls() {
        List<Arguments> urls = new ArrayList<>();
        String inbox = server.inbox().toUri().toString();
        for (String dots : DOTS) {
            // out of the prefix to a file the origin serves, out of the inbox to a real file, and a detour back in
            urls.add(Arguments.of("http " + dots, allowed + dots + "/private/secret.mp4"));
            urls.add(Arguments.of("file out " + dots, inbox + dots + "/secret/secret.mp4"));
            urls.add(Arguments.of("file detour " + dots, inbox + "in/" + dots + "/in/ok.mp4"));
        }
        for (String sep : SEPARATORS) {
            urls.add(Arguments.of("http .." + sep, allowed + ".." + sep + "private" + sep + "secret.mp4"));
            urls.add(Arguments.of("http %2e%2e" + sep, allowed + "%2e%2e" + sep + "private" + sep + "secret.mp4"));
            urls.add(Arguments.of("file out .." + sep, inbox + ".." + sep + "secret" + sep + "secret.mp4"));
            urls.add(Arguments.of("file detour .." + sep, inbox + "in/.." + sep + "in" + sep + "ok.mp4"));
        }
        return urls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUrls")
    void aHostileUrlIsRefusedByBothDialectsAndNothingIsCreatedOrFetched(String name, String url) throws IOException {
        long jobs = jobCount();
        int fetched = origin.requests();
        long blobs = blobCount();
        String mp = MediaPackages.withTracks("mp-hostile", url);

        for (String endpoint : new String[] { "", "distributesync" }) {
            HttpResponse<String> r = api.post("/distribution/download/" + endpoint,
                    Api.form("mediapackage", mp, "channelId", "engage-player", "elementId", "track-1"));
            assertThat(r.statusCode()).as("%s on /distribution/download/%s: %s", url, endpoint, r.body()).isEqualTo(400);
            assertThat(r.body()).as(url).contains("<code>SOURCE_NOT_ALLOWED</code>");
        }
        HttpResponse<String> registered = json("/assets/" + ASSET + "/elements",
                "{\"url\":\"" + url + "\",\"kind\":\"track\",\"flavor\":\"presenter/source\"}");
        assertThat(registered.statusCode()).as("%s on register-by-url: %s", url, registered.body()).isEqualTo(400);
        assertThat(registered.body()).as(url).contains("SOURCE_NOT_ALLOWED");

        assertThat(jobCount()).as("jobs after " + url).isEqualTo(jobs);
        assertThat(origin.requests()).as("origin requests after " + url).isEqualTo(fetched);
        assertThat(blobCount()).as("stored bytes after " + url).isEqualTo(blobs);
        String asset = api.get("/assets/" + ASSET + "/mediapackage.xml").body();
        assertThat(asset).as("the asset has no element").contains("mediapackage").doesNotContain("<track")
                .doesNotContain("<url>");
        assertThat(server.downloads().resolve("default/engage-player/mp-hostile")).doesNotExist();
    }

    @Test
    void theSameOriginAndInboxServeWellFormedUrlsOnBothDialects() throws Exception {
        String http = allowed + "ok.mp4";
        String file = server.inbox().resolve("in/ok.mp4").toUri().toString();
        json("/assets", "{\"id\":\"src-ok\"}");

        for (String url : new String[] { http, file }) {
            HttpResponse<String> job = api.post("/distribution/download/", Api.form("mediapackage",
                    MediaPackages.withTracks("mp-ok", url), "channelId", "engage-player", "elementId", "track-1"));
            assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
            assertThat(Api.status(api.awaitJob(Api.id(job.body()), Duration.ofSeconds(60)))).isEqualTo("FINISHED");
            HttpResponse<String> registered = json("/assets/src-ok/elements", "{\"url\":\"" + url + "\",\"kind\":\"track\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        }
        assertThat(server.downloads().resolve("default/engage-player/mp-ok/track-1/ok.mp4")).exists();
    }

    @Test
    void anAllowedHttpSourceThatIsNotThereIsNotFoundOnRegisterByUrl() {
        HttpResponse<String> r = json("/assets/" + ASSET + "/elements",
                "{\"url\":\"" + allowed + "missing.mp4\",\"kind\":\"track\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("SOURCE_NOT_FOUND");
        assertThat(api.get("/assets/" + ASSET + "/mediapackage.xml").body()).doesNotContain("<track");
    }

    @Test
    void userInfoUnderAnAllowedPrefixIsRefusedByBothDialects() {
        String url = allowed.replace("http://", "http://user:secret@") + "ok.mp4";

        HttpResponse<String> r = api.post("/distribution/download/", Api.form("mediapackage",
                MediaPackages.withTracks("mp-user", url), "channelId", "engage-player", "elementId", "track-1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<code>SOURCE_NOT_ALLOWED</code>").doesNotContain("secret@");
        HttpResponse<String> registered = json("/assets/" + ASSET + "/elements", "{\"url\":\"" + url + "\"}");
        assertThat(registered.statusCode()).isEqualTo(400);
        assertThat(registered.body()).contains("SOURCE_NOT_ALLOWED").doesNotContain("secret@");
    }

    private HttpResponse<String> json(String path, String body) {
        return api.postRaw(path, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    private long jobCount() {
        return Long.parseLong(api.get("/services/count").body().trim());
    }

    private long blobCount() throws IOException {
        Path blobs = server.home().resolve("assets/blobs");
        if (!Files.isDirectory(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
