package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ingest API against the assembled server: a multi-GiB element streamed in with a flat server heap,
 * distributed through the download channel from the asset's media package, served through an EnterMediaDB
 * link, and deleted with everything it left anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetIngestIT {
    private static final long SEED = 42;
    private static final long SIZE = 3L * 1024 * 1024 * 1024 + 12_345;

    private KarafServer server;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("assets").start();
        admin = Api.admin(server).awaitAssets();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void multiGibElementStreamsInWithAFlatHeapIsDistributedServedAndDeletedEverywhere() throws Exception {
        assertThat(admin.json("POST", "/assets", "{\"id\":\"big-1\",\"title\":\"Three gigabytes\"}").statusCode())
                .isEqualTo(201);

        long baseline;
        long peak;
        HttpResponse<String> put;
        long started = System.nanoTime();
        try (AssetHeap heap = new AssetHeap(server.home(), KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD)) {
            baseline = heap.settledUsed();
            heap.start();
            put = admin.putStream("/assets/big-1/elements/track-1?kind=track&flavor=presenter/source&fileName=big.mp4",
                    "video/mp4", SIZE, () -> new AssetBytes(SEED, SIZE));
            peak = heap.stop();
            System.out.printf("AssetIngestIT: %d bytes in %.1f s; server heap used: %d MiB settled before, %d MiB peak"
                    + " while streaming (max heap %d MiB)%n", SIZE, (System.nanoTime() - started) / 1e9,
                    baseline >> 20, peak >> 20, heap.usage().getMax() >> 20);
        }
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        assertThat(Api.json(put.body(), "size")).isEqualTo(Long.toString(SIZE));
        assertThat(Api.json(put.body(), "sha256")).hasSize(64);
        // the element is 3 GiB; the heap may not grow by more than a small fraction of it
        assertThat(peak - baseline).isLessThan(384L << 20);

        String mp = admin.get("/assets/big-1/mediapackage.xml").body();
        assertThat(mp).contains("<url>asset://big-1/track-1</url>").contains("<size>" + SIZE + "</size>");
        HttpResponse<String> job = admin.post("/distribution/download/",
                Api.form("mediapackage", mp, "channelId", "engage-player", "elementId", "[\"track-1\"]"));
        assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
        String done = admin.awaitJob(Api.id(job.body()), Duration.ofSeconds(60));
        assertThat(Api.status(done)).as(done).isEqualTo("FINISHED");
        Path published = server.downloads().resolve("default/engage-player/big-1/track-1/big.mp4");
        assertThat(Files.size(published)).isEqualTo(SIZE);

        HttpResponse<String> link = admin.json("POST", "/assets/mediadb/services/distribution/create/create",
                "{\"assetid\":\"big-1\",\"id\":\"big-link\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        String original = Api.json(link.body(), "baseurl") + "original";
        assertThat(admin.head(original).headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        HttpResponse<byte[]> tail = admin.getBytes(original, "Range", "bytes=-1000");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(AssetBytes.range(SEED, SIZE - 1000, 1000));
        // the bytes are checked where they were made: at the start, past 2^31 and at the end
        assertThat(admin.getBytes(original, "Range", "bytes=0-4095").body()).isEqualTo(AssetBytes.range(SEED, 0, 4096));
        HttpResponse<byte[]> middle = admin.getBytes(original, "Range", "bytes=2147483600-2147483699");
        assertThat(middle.body()).isEqualTo(AssetBytes.range(SEED, 2_147_483_600L, 100));
        try (var in = Files.newInputStream(published)) {
            in.skipNBytes(SIZE - 1000);
            assertThat(in.readAllBytes()).isEqualTo(AssetBytes.range(SEED, SIZE - 1000, 1000));
        }

        HttpResponse<String> deleted = admin.send("DELETE", "/assets/big-1", "application/json", "");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(Api.json(deleted.body(), "linksRemoved")).isEqualTo("1");
        assertThat(Api.json(deleted.body(), "filesRemoved")).isEqualTo("1");
        assertThat(admin.head(original).statusCode()).isEqualTo(404);
        awaitGone(published);
        String sha = Api.json(put.body(), "sha256");
        assertThat(server.home().resolve("assets/blobs/" + sha.substring(0, 2) + "/" + sha)).doesNotExist();
    }

    @Test
    void metadataInXmlAndJsonListsAndChangeHistory() {
        HttpResponse<String> xml = admin.send("POST", "/assets?format=xml", "text/xml",
                "<asset id=\"x-1\"><title>In XML</title><tags><tag>a</tag><tag>b</tag></tags>"
                        + "<fields><field name=\"course\">PHY101</field></fields></asset>");
        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(201);
        assertThat(xml.body()).contains("<asset id=\"x-1\"").contains("<title>In XML</title>").contains("<tag>b</tag>")
                .contains("<field name=\"course\">PHY101</field>").contains("<readiness>PENDING</readiness>");
        admin.json("POST", "/assets", "{\"id\":\"j-1\",\"title\":\"In JSON\",\"tags\":\"b,c\"}");

        HttpResponse<String> updated = admin.json("PUT", "/assets/j-1", "{\"readiness\":\"ready\",\"moderation\":\"APPROVED\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.body()).contains("\"readiness\":\"READY\"").contains("\"moderation\":\"APPROVED\"");
        assertThat(admin.get("/assets?tag=b&readiness=READY").body()).contains("\"total\":1").contains("\"id\":\"j-1\"");
        assertThat(admin.get("/assets/j-1/changes").body()).contains("\"kind\":\"CREATED\"").contains("\"kind\":\"READINESS\"")
                .contains("\"kind\":\"MODERATION\"");
        assertThat(admin.json("PUT", "/assets/j-1", "{\"readiness\":\"SHINY\"}").statusCode()).isEqualTo(400);
        assertThat(admin.json("POST", "/assets", "{\"id\":\"j-1\"}").statusCode()).isEqualTo(409);
        assertThat(admin.anonymous().get("/assets").statusCode()).isEqualTo(401);
        assertThat(admin.as("viewer", "viewer").json("POST", "/assets", "{}").statusCode()).isEqualTo(403);
        assertThat(admin.as("viewer", "viewer").get("/assets/j-1").statusCode()).isEqualTo(200);
    }

    @Test
    void elementsRegisteredFromTheInboxOnlyAndMultipartUploadsAboveTheRestBodyLimit() throws Exception {
        admin.json("POST", "/assets", "{\"id\":\"u-1\"}");
        Path file = MediaPackages.randomFile(server.inbox().resolve("in/slides.mp4"), 2_000_000, 5);
        HttpResponse<String> registered = admin.json("POST", "/assets/u-1/elements",
                "{\"url\":\"" + file.toUri() + "\",\"kind\":\"track\",\"flavor\":\"presentation/source\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(Api.json(registered.body(), "md5")).isEqualTo(md5(Files.readAllBytes(file)));
        HttpResponse<String> refused = admin.json("POST", "/assets/u-1/elements", "{\"url\":\"file:///etc/passwd\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("SOURCE_NOT_ALLOWED");

        // 20 MiB: over the 16 MiB body limit of the Opencast endpoints, which does not apply here
        byte[] body = new byte[20 << 20];
        new java.util.Random(3).nextBytes(body);
        byte[] multipart = EmdbMedia.multipart("B0undary", "attachment", "presenter/preview", "big.bin",
                "application/octet-stream", body);
        HttpResponse<String> up = admin.send("POST", "/assets/u-1/elements", "multipart/form-data; boundary=B0undary",
                multipart);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(Api.json(up.body(), "size")).isEqualTo(Integer.toString(body.length));
        assertThat(Api.json(up.body(), "md5")).isEqualTo(md5(body));
        HttpResponse<byte[]> back = admin.getBytes(server.baseUrl() + "/assets/u-1/elements/attachment-1/content",
                "Authorization", KarafServer.basic(KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD));
        assertThat(back.body()).isEqualTo(body);
    }

    @Test
    void aMultipartUploadWithTwoFilePartsStoresBothWithTheirNames() throws Exception {
        admin.json("POST", "/assets", "{\"id\":\"two-1\"}");
        byte[] video = new byte[3_000_000];
        new java.util.Random(7).nextBytes(video);
        byte[] notes = "notes; draft one".getBytes(StandardCharsets.UTF_8);
        byte[] body = twoFileParts("Tw0Parts", video, notes);

        HttpResponse<String> up = admin.send("POST", "/assets/two-1/elements", "multipart/form-data; boundary=Tw0Parts",
                body);

        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(up.body()).startsWith("{\"elements\":[");
        String asset = admin.get("/assets/two-1").body();
        assertThat(asset).contains("\"fileName\":\"a;b.mp4\"").contains("\"fileName\":\"notes; v2.txt\"")
                .contains("\"flavor\":\"presenter/source\"").contains("\"flavor\":\"presenter/notes\"");
        String auth = KarafServer.basic(KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD);
        HttpResponse<byte[]> first = admin.getBytes(server.baseUrl() + "/assets/two-1/elements/track-1/content",
                "Authorization", auth);
        assertThat(first.body()).isEqualTo(video);
        assertThat(first.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"a;b.mp4\"");
        HttpResponse<byte[]> second = admin.getBytes(server.baseUrl() + "/assets/two-1/elements/attachment-1/content",
                "Authorization", auth);
        assertThat(second.body()).isEqualTo(notes);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    }

    @Test
    void answersFollowTheAcceptHeadersQValuesAndErrorsKeepEachDialectsShape() throws Exception {
        admin.json("POST", "/assets", "{\"id\":\"q-1\",\"title\":\"Q\"}");

        HttpResponse<String> xml = admin.get("/assets/q-1", "Accept", "application/json;q=0.5, text/xml");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/xml").doesNotContain("qs="));
        assertThat(xml.body()).contains("<asset id=\"q-1\"");
        // XML is named first but with a lower q: JSON (the old negotiation took the first named)
        HttpResponse<String> json = admin.get("/assets/q-1", "Accept", "text/xml;q=0.4, application/json;q=0.9");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json").doesNotContain("qs="));
        assertThat(json.body()).startsWith("{\"id\":\"q-1\"");
        assertThat(admin.get("/assets/q-1").body()).startsWith("{\"id\":\"q-1\"");
        assertThat(admin.get("/assets/q-1", "Accept", "*/*").body()).startsWith("{\"id\":\"q-1\"");
        assertThat(admin.get("/assets/q-1?format=xml", "Accept", "application/json").body()).contains("<asset id=\"q-1\"");
        assertThat(admin.get("/assets?format=yaml").statusCode()).isEqualTo(400);

        HttpResponse<String> unacceptable = admin.get("/assets/q-1", "Accept", "image/png");
        assertThat(unacceptable.statusCode()).isEqualTo(406);
        assertThat(unacceptable.body()).startsWith("{\"error\":{\"code\":\"NOT_ACCEPTABLE\"");
        HttpResponse<String> nowhere = admin.get("/assets/q-1/nothing/here");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).startsWith("{\"error\":{\"code\":\"NOT_FOUND\"");
        HttpResponse<String> patch = admin.send("PATCH", "/assets/q-1", "application/json", "{}");
        assertThat(patch.statusCode()).isEqualTo(405);
        assertThat(patch.body()).startsWith("{\"error\":{\"code\":\"METHOD_NOT_ALLOWED\"");
        assertThat(patch.headers().firstValue("Allow")).isPresent();
        HttpResponse<String> emdb = admin.get("/assets/mediadb/services/nothing");
        assertThat(emdb.statusCode()).isEqualTo(404);
        assertThat(emdb.body()).startsWith("{\"response\":{\"status\":\"error\"");
        HttpResponse<String> anonymous = Api.anonymous(server).get("/assets/q-1");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).startsWith("{\"error\":{\"code\":\"UNAUTHORIZED\"");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

        byte[] bytes = "seven b".getBytes(StandardCharsets.UTF_8);
        assertThat(admin.send("PUT", "/assets/q-1/elements/track-1?kind=track&fileName=s.mp4", "video/mp4", bytes)
                .statusCode()).isEqualTo(201);
        HttpResponse<Void> head = headAsAdmin(server.baseUrl() + "/assets/q-1/elements/track-1/content");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(bytes.length);
        assertThat(head.headers().firstValue("ETag")).isPresent();
    }

    /** A HEAD request with the admin's Basic credentials (Api.head is anonymous). */
    private static HttpResponse<Void> headAsAdmin(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", KarafServer.basic(KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Two file parts, each after its own fields, with a ';' in both quoted file names. */
    private static byte[] twoFileParts(String boundary, byte[] video, byte[] notes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String d = "--" + boundary + "\r\nContent-Disposition: form-data; ";
        out.writeBytes((d + "name=\"kind\"\r\n\r\ntrack\r\n" + d + "name=\"flavor\"\r\n\r\npresenter/source\r\n"
                + d + "name=\"file\"; filename=\"a;b.mp4\"\r\nContent-Type: video/mp4\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(video);
        out.writeBytes(("\r\n" + d + "name=\"kind\"\r\n\r\nattachment\r\n" + d
                + "name=\"flavor\"\r\n\r\npresenter/notes\r\n" + d
                + "name=\"file\"; filename=\"notes; v2.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(notes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    private static void awaitGone(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).doesNotExist();
    }
}
