package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Opencast distribution dialect on the download channel, against the assembled server over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadDistributionIT {
    private KarafServer server;
    private Api api;
    private Lecture lecture;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("download");
        // a target failure must end quickly in this suite
        server.set("org.syndicast.distribution.core", "max.attempts", "2");
        server.set("org.syndicast.distribution.core", "retry.backoff.ms", "200");
        server.start();
        api = Api.admin(server);
        lecture = Lecture.in(server.inbox().resolve("lecture"), 3_000_000, 1_000_000, 1);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private String published(String mpId, String elementId, String file) {
        return server.baseUrl() + "/static/default/engage-player/" + mpId + "/" + elementId + "/" + file;
    }

    @Test
    void queuedDistributionFinishesAndPublishesTheSameBytes() throws Exception {
        HttpResponse<String> r = api.post("/distribution/download/",
                Api.form("mediapackage", lecture.mp("mp-async"), "channelId", "engage-player", "elementId", "[\"track-1\"]"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(Api.status(r.body())).isEqualTo("QUEUED");
        long id = Api.id(r.body());
        assertThat(r.body()).contains("<url>" + server.baseUrl() + "/services/job/" + id + ".xml</url>")
                .contains("<operation>Distribute</operation>").contains("<arg>engage-player</arg>");

        String done = api.awaitJob(id, Duration.ofSeconds(30));
        assertThat(Api.status(done)).isEqualTo("FINISHED");
        String url = published("mp-async", "track-1", "presenter.mp4");
        String payload = Xml.unescape(Xml.text(done, "payload"));
        assertThat(payload).contains("<url>" + url + "</url>").contains("id=\"track-1\"").contains("type=\"presenter/delivery\"")
                .contains("<tag>engage-download</tag>").contains("<resolution>1280x720</resolution>").doesNotContain("ref=");
        assertThat(Xml.text(done, "dateCompleted")).isNotBlank();

        HttpResponse<byte[]> file = api.getBytes(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(file.body(), Files.readAllBytes(lecture.video()))).isTrue();
    }

    @Test
    void synchronousDistributionReturnsTheElementList() throws Exception {
        HttpResponse<String> r = api.post("/distribution/download/distributesync", Api.form("mediapackage", lecture.mp("mp-sync"),
                "channelId", "engage-player", "elementId", "['track-1','track-2']", "preserveReference", "true"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] docs = r.body().split("###");
        assertThat(docs).hasSize(2);
        assertThat(docs[0]).startsWith("<?xml").contains("<url>" + published("mp-sync", "track-1", "presenter.mp4") + "</url>")
                .contains("ref=\"track:source-1\"");
        assertThat(docs[1]).contains("<url>" + published("mp-sync", "track-2", "slides.mp4") + "</url>");
        assertThat(Files.readAllBytes(server.downloads().resolve("default/engage-player/mp-sync/track-2/slides.mp4")))
                .isEqualTo(Files.readAllBytes(lecture.slides()));
    }

    @Test
    void retractRemovesTheFilesAndIsIdempotent() throws Exception {
        Path mpDir = server.downloads().resolve("default/engage-player/mp-retract");
        var form = Api.form("mediapackage", lecture.mp("mp-retract"), "channelId", "engage-player", "elementId", "[\"track-1\",\"track-2\"]");
        assertThat(api.post("/distribution/download/distributesync", form).statusCode()).isEqualTo(200);
        assertThat(mpDir.resolve("track-1/presenter.mp4")).exists();

        HttpResponse<String> first = api.post("/distribution/download/retractsync", form);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().split("###")).hasSize(2);
        assertThat(mpDir).doesNotExist();
        assertThat(api.getBytes(published("mp-retract", "track-1", "presenter.mp4")).statusCode()).isEqualTo(404);

        assertThat(api.post("/distribution/download/retractsync", form).statusCode()).isEqualTo(200);

        HttpResponse<String> queued = api.post("/distribution/download/retract", form);
        assertThat(queued.statusCode()).isEqualTo(200);
        assertThat(queued.body()).contains("<operation>Retract</operation>");
        assertThat(Api.status(api.awaitJob(Api.id(queued.body()), Duration.ofSeconds(30)))).isEqualTo("FINISHED");
    }

    @Test
    void aQueuedRetractionTakesThePublishedFileDown() throws Exception {
        var form = Api.form("mediapackage", lecture.mp("mp-retract-job"), "channelId", "engage-player", "elementId", "track-2");
        assertThat(api.post("/distribution/download/distributesync", form).statusCode()).isEqualTo(200);
        Path file = server.downloads().resolve("default/engage-player/mp-retract-job/track-2/slides.mp4");
        assertThat(file).exists();

        HttpResponse<String> r = api.post("/distribution/download/retract", form);
        assertThat(Api.status(api.awaitJob(Api.id(r.body()), Duration.ofSeconds(30)))).isEqualTo("FINISHED");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMultiElementJobIsAllOrNothing() throws Exception {
        // track-2 cannot be written: a plain file stands where its directory must go
        Path mpDir = server.downloads().resolve("default/engage-player/mp-broken");
        Files.createDirectories(mpDir);
        Files.writeString(mpDir.resolve("track-2"), "in the way");
        var form = Api.form("mediapackage", lecture.mp("mp-broken"), "channelId", "engage-player", "elementId", "[\"track-1\",\"track-2\"]",
                "checkAvailability", "false");

        HttpResponse<String> sync = api.post("/distribution/download/distributesync", form);
        assertThat(sync.statusCode()).isEqualTo(500);
        assertThat(sync.body()).contains("<code>TARGET_PATH_UNSAFE</code>");
        assertThat(mpDir.resolve("track-1")).doesNotExist();

        HttpResponse<String> queued = api.post("/distribution/download/", form);
        String done = api.awaitJob(Api.id(queued.body()), Duration.ofSeconds(30));
        assertThat(Api.status(done)).isEqualTo("FAILED");
        assertThat(Xml.text(done, "failure")).contains("TARGET_PATH_UNSAFE");
        assertThat(mpDir.resolve("track-1")).doesNotExist();
        assertThat(api.getBytes(published("mp-broken", "track-1", "presenter.mp4")).statusCode()).isEqualTo(404);
    }

    @Test
    void jobsCanBeListedCountedAndReadAsJson() throws Exception {
        HttpResponse<String> r = api.post("/distribution/download/",
                Api.form("mediapackage", lecture.mp("mp-list"), "channelId", "engage-player", "elementId", "track-2"));
        long id = Api.id(r.body());
        api.awaitJob(id, Duration.ofSeconds(30));

        HttpResponse<String> json = api.get("/services/job/" + id + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).contains("\"id\":" + id).contains("\"status\":\"FINISHED\"");

        HttpResponse<String> list = api.get("/services/jobs.xml?serviceType=org.syndicast.distribution.download&status=FINISHED");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<jobs xmlns=\"http://job.opencastproject.org\"").contains("id=\"" + id + "\"");

        HttpResponse<String> count = api.get("/services/count?serviceType=org.syndicast.distribution.download&status=FINISHED");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(count.body().trim())).isPositive();
        assertThat(api.get("/services/count?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(api.get("/services/job/987654321.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicFileAnswersHeadRangeAndConditionalRequests() throws Exception {
        var form = Api.form("mediapackage", lecture.mp("mp-range"), "channelId", "engage-player", "elementId", "track-1");
        assertThat(api.post("/distribution/download/distributesync", form).statusCode()).isEqualTo(200);
        String url = published("mp-range", "track-1", "presenter.mp4");
        byte[] source = Files.readAllBytes(lecture.video());

        HttpResponse<Void> head = api.head(url);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Long.toString(source.length));
        assertThat(head.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(head.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(head.headers().firstValue("Last-Modified")).isPresent();
        String etag = head.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> part = api.getBytes(url, "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + source.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(source, 100, 200));

        HttpResponse<byte[]> tail = api.getBytes(url, "Range", "bytes=-10");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(source, source.length - 10, source.length));

        assertThat(api.getBytes(url, "Range", "bytes=" + source.length + "-").statusCode()).isEqualTo(416);
        assertThat(api.getBytes(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        for (String escape : new String[] { "/static/default/../../etc/users.properties",
                "/static/default/%2e%2e/%2e%2e/etc/users.properties", "/static/..%2f..%2fetc/users.properties" }) {
            HttpResponse<byte[]> r = api.getBytes(server.baseUrl() + escape);
            assertThat(r.statusCode()).as(escape).isIn(400, 401, 404);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("admingroup");
        }
    }

    @Test
    void theDownloadDirectoryAndServingPathChangeWhileTheServerRuns() throws Exception {
        Path elsewhere = server.home().resolve("published-elsewhere");
        server.set("org.syndicast.channel.download", java.util.Map.of("directory", elsewhere.toString(),
                "serve.path", "/files", "url", server.baseUrl() + "/files"));
        try {
            String url = server.baseUrl() + "/files/default/engage-player/mp-live/track-2/slides.mp4";
            var form = Api.form("mediapackage", lecture.mp("mp-live"), "channelId", "engage-player", "elementId", "track-2");
            String body = awaitBody(form, "<url>" + url + "</url>");
            assertThat(body).contains("<url>" + url + "</url>");
            assertThat(elsewhere.resolve("default/engage-player/mp-live/track-2/slides.mp4")).exists();
            HttpResponse<byte[]> file = api.getBytes(url);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(Files.readAllBytes(lecture.slides()));
        } finally {
            server.set("org.syndicast.channel.download", java.util.Map.of("directory", "", "serve.path", "/static",
                    "url", server.baseUrl() + "/static"));
            awaitBody(Api.form("mediapackage", lecture.mp("mp-back"), "channelId", "engage-player", "elementId", "track-2"),
                    "<url>" + published("mp-back", "track-2", "slides.mp4") + "</url>");
        }
    }

    /** Distributes until the answer is a 200 holding {@code expected}: a changed etc/ file applies within seconds. */
    private String awaitBody(java.util.Map<String, String> form, String expected) throws InterruptedException {
        return api.awaitAnswer("/distribution/download/distributesync", form, 200, expected);
    }
}
