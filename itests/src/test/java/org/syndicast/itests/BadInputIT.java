package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed, hostile or unauthorised request gets a 4xx with an error document, before any job is
 * queued, and the server keeps serving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private KarafServer server;
    private Api api;
    private String goodMp;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("badinput");
        server.set("org.syndicast.rest", "max.body.bytes", "200000");
        server.start();
        api = Api.admin(server);
        Path file = MediaPackages.randomFile(server.inbox().resolve("a/video.mp4"), 1000, 5);
        goodMp = MediaPackages.withTracks("mp-bad", file.toUri().toString());
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    Stream<Arguments> badForms() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE mp [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"x\"><title>&x;</title></mediapackage>";
        return Stream.of(
                Arguments.of("no mediapackage", Api.form("channelId", "c", "elementId", "track-1"), "MISSING_PARAMETER"),
                Arguments.of("no channelId", Api.form("mediapackage", "MP", "elementId", "track-1"), "MISSING_PARAMETER"),
                Arguments.of("no elementId", Api.form("mediapackage", "MP", "channelId", "c"), "MISSING_PARAMETER"),
                Arguments.of("malformed XML", Api.form("mediapackage", "<mediapackage id='x'><media>", "channelId", "c",
                        "elementId", "track-1"), "MALFORMED_MEDIAPACKAGE"),
                Arguments.of("external entity", Api.form("mediapackage", xxe, "channelId", "c", "elementId", "track-1"),
                        "MALFORMED_MEDIAPACKAGE"),
                Arguments.of("elementId not JSON", Api.form("mediapackage", "MP", "channelId", "c", "elementId", "[\"track-1\""),
                        "INVALID_ELEMENT_ID"),
                Arguments.of("empty elementId array", Api.form("mediapackage", "MP", "channelId", "c", "elementId", "[]"),
                        "INVALID_ELEMENT_ID"),
                Arguments.of("unknown element", Api.form("mediapackage", "MP", "channelId", "c", "elementId", "track-9"),
                        "ELEMENT_NOT_FOUND"),
                Arguments.of("channelId with slash", Api.form("mediapackage", "MP", "channelId", "a/b", "elementId", "track-1"),
                        "INVALID_SEGMENT"),
                Arguments.of("channelId ..", Api.form("mediapackage", "MP", "channelId", "..", "elementId", "track-1"),
                        "INVALID_SEGMENT"),
                Arguments.of("channelId control char", Api.form("mediapackage", "MP", "channelId", "a\u0001b", "elementId",
                        "track-1"), "INVALID_SEGMENT"),
                Arguments.of("element id that is no path segment", Api.form("mediapackage", MediaPackages.withTracks("mp-x",
                        "file:///x.mp4").replace("track-1", "a/b"), "channelId", "c", "elementId", "a/b"), "INVALID_SEGMENT"),
                Arguments.of("checkAvailability not boolean", Api.form("mediapackage", "MP", "channelId", "c", "elementId",
                        "track-1", "checkAvailability", "maybe"), "INVALID_PARAMETER"),
                Arguments.of("source outside the inbox", Api.form("mediapackage", MediaPackages.withTracks("mp-x",
                        "file:///etc/passwd"), "channelId", "c", "elementId", "track-1"), "SOURCE_NOT_ALLOWED"),
                Arguments.of("source scheme not allowed", Api.form("mediapackage", MediaPackages.withTracks("mp-x",
                        "ftp://example.org/a.mp4"), "channelId", "c", "elementId", "track-1"), "SOURCE_NOT_ALLOWED"),
                Arguments.of("source missing", Api.form("mediapackage", MediaPackages.withTracks("mp-x",
                        "file://" + "/nonexistent-inbox/none.mp4"), "channelId", "c", "elementId", "track-1"), "SOURCE_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badForms")
    void everyBadFormIsA400BeforeAnyJobIsQueued(String name, Map<String, String> form, String code) {
        form.replaceAll((k, v) -> v.equals("MP") ? goodMp : v);
        long before = jobCount();
        for (String endpoint : new String[] { "", "distributesync", "retract", "retractsync" }) {
            if (code.startsWith("SOURCE_") && endpoint.startsWith("retract")) {
                continue; // a retraction never reads the source
            }
            HttpResponse<String> r = api.post("/distribution/download/" + endpoint, form);
            assertThat(r.statusCode()).as("%s on /%s: %s", name, endpoint, r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
            assertThat(r.body()).contains("<error><code>" + code + "</code><message>");
            assertThat(r.body()).doesNotContain("root:x:0:0").doesNotContain("Exception");
        }
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void aMissingSourceFileUnderTheInboxIsA400() {
        String mp = MediaPackages.withTracks("mp-gone", server.inbox().resolve("a/gone.mp4").toUri().toString());
        HttpResponse<String> r = api.post("/distribution/download/", Api.form("mediapackage", mp, "channelId", "c", "elementId", "track-1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<code>SOURCE_NOT_FOUND</code>");
    }

    @Test
    void credentialsAndRolesAreChecked() {
        var form = Api.form("mediapackage", goodMp, "channelId", "c", "elementId", "track-1");
        HttpResponse<String> anonymous = api.anonymous().post("/distribution/download/", form);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(anonymous.body()).contains("<code>UNAUTHORIZED</code>");
        assertThat(api.as("admin", "wrong").post("/distribution/download/", form).statusCode()).isEqualTo(401);
        assertThat(api.anonymous().get("/services/count").statusCode()).isEqualTo(401);

        HttpResponse<String> viewerWrites = api.as("viewer", "viewer").post("/distribution/download/", form);
        assertThat(viewerWrites.statusCode()).isEqualTo(403);
        assertThat(viewerWrites.body()).contains("<code>FORBIDDEN</code>");
        assertThat(api.as("viewer", "viewer").get("/services/count").statusCode()).isEqualTo(200);
        assertThat(api.as("nobody", "nobody").get("/services/count").statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizedBodyIs413AndTheServerKeepsServing() {
        String big = "x".repeat(300_000);
        HttpResponse<String> r = api.post("/distribution/download/", Api.form("mediapackage", big, "channelId", "c", "elementId", "t"));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("<code>PAYLOAD_TOO_LARGE</code>");
        assertThat(api.get("/services/count").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownChannelsAndPathsAre404WithAnErrorDocument() {
        HttpResponse<String> r = api.post("/distribution/nosuch/", Api.form("mediapackage", goodMp, "channelId", "c", "elementId", "track-1"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<code>CHANNEL_NOT_FOUND</code>");
        assertThat(api.get("/nothing/here").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = api.anonymous().get("/nothing/here");
        assertThat(anonymous.statusCode()).as("no login prompt for a path that does not exist").isEqualTo(404);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aWrongContentTypeIsA415() {
        HttpResponse<String> r = api.postRaw("/distribution/download/", "application/json", HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("<error>");
    }

    @Test
    void pagingParametersThatAreNotNumbersAre400() {
        HttpResponse<String> r = api.get("/services/jobs.xml?offset=abc");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<code>INVALID_PAGE</code>");
        assertThat(api.get("/services/jobs.xml?limit=100000").statusCode()).isEqualTo(400);
        assertThat(api.get("/services/jobs.xml?limit=5").statusCode()).isEqualTo(200);
    }

    private long jobCount() {
        return Long.parseLong(api.get("/services/count").body().trim());
    }
}
