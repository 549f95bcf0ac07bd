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

/** The EnterMediaDB distribution-link dialect (CONTRACTS 3) against the assembled server, with sessions and tenants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterMediaDbIT {
    private static final String CREATE = "/assets/mediadb/services/distribution/create/create";
    private static final String DELETE = "/assets/mediadb/services/module/asset/deleteassets";
    private static final String ERROR = "{\"response\":{\"status\":\"error\",\"reason\":\"";

    private KarafServer server;
    private Api session;
    private Api anonymous;
    private byte[] video;
    private byte[] large;
    private byte[] thumb;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("emdb");
        CfgFiles.append(server.home().resolve("etc/users.properties"), "bob = bob,syndicast-publisher,syndicast-tenant-org-b");
        server.start();
        Api admin = Api.admin(server).awaitAssets();
        session = admin.session(KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD, null);
        anonymous = admin.anonymous();
        video = new byte[3_000_000];
        new java.util.Random(7).nextBytes(video);
        large = EmdbMedia.png(1280, 720);
        thumb = EmdbMedia.png(160, 90);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private void asset(String id) {
        assertThat(session.json("POST", "/assets", "{\"id\":\"" + id + "\",\"title\":\"Lecture " + id + "\"}").statusCode())
                .isEqualTo(201);
        upload(id, "track", "presenter/source", "lecture.mp4", "video/mp4", video);
        upload(id, "attachment", "presenter/player+preview", "large.png", "image/png", large);
        upload(id, "attachment", "presenter/search+preview", "thumb.png", "image/png", thumb);
    }

    private void upload(String id, String kind, String flavor, String name, String type, byte[] bytes) {
        HttpResponse<String> r = session.send("POST", "/assets/" + id + "/elements", "multipart/form-data; boundary=zz9",
                EmdbMedia.multipart("zz9", kind, flavor, name, type, bytes));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void linkServesEveryRenditionPubliclyWithRangesAndValidators() {
        asset("101");
        HttpResponse<String> r = session.json("POST", CREATE, "{\"assetid\":\"101\",\"id\":\"93caa502-139a-40c3-accb-5891076bb04a\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"response\":{\"id\":\"93caa502-139a-40c3-accb-5891076bb04a\",\"status\":\"ok\"},"
                + "\"data\":{\"id\":\"93caa502-139a-40c3-accb-5891076bb04a\",\"assetid\":{\"id\":\"101\",\"name\":\"Lecture 101\"}}");
        String base = Api.json(r.body(), "baseurl");
        assertThat(base).isEqualTo(server.baseUrl()
                + "/assets/mediadb/services/distribution/published/93caa502-139a-40c3-accb-5891076bb04a/");
        assertThat(Api.json(r.body(), "largeimage")).isEqualTo(base + "largeimage");

        assertThat(anonymous.getBytes(base).body()).isEqualTo(video);
        assertThat(anonymous.getBytes(base + "original").body()).isEqualTo(video);
        assertThat(anonymous.getBytes(base + "largeimage").body()).isEqualTo(large);
        HttpResponse<byte[]> small = anonymous.getBytes(base + "thumb");
        assertThat(small.body()).isEqualTo(thumb);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(anonymous.getBytes(base + "presenter/search+preview").body()).isEqualTo(thumb);

        HttpResponse<byte[]> part = anonymous.getBytes(base + "original", "Range", "bytes=1000-1999");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + video.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
        String etag = part.headers().firstValue("ETag").orElseThrow();
        String modified = part.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(anonymous.getBytes(base + "original", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(anonymous.getBytes(base + "original", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(anonymous.getBytes(base + "original", "Range", "bytes=9999999-").statusCode()).isEqualTo(416);
        HttpResponse<byte[]> missing = anonymous.getBytes(base + "nosuchflavor/x");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body())).startsWith(ERROR);
    }

    @Test
    void errorsComeInEnterMediaDbShape() {
        asset("201");
        session.json("POST", CREATE, "{\"assetid\":\"201\",\"id\":\"taken-id\"}");

        expectError(session.json("POST", CREATE, "{\"assetid\":\"201\",\"id\":\"taken-id\"}"), 409, "is taken");
        expectError(session.json("POST", CREATE, "{\"assetid\":\"no-such-asset\"}"), 404, "No asset 'no-such-asset'");
        expectError(anonymous.json("POST", CREATE, "{\"assetid\":\"201\"}"), 401, "Authentication required");
        expectError(anonymous.json("POST", DELETE, "{\"assetid\":\"201\"}"), 401, "Authentication required");
        expectError(session.send("POST", CREATE, "application/json", "{\"assetid\":"), 400, "JSON");
        expectError(session.json("POST", DELETE, "{\"assetid\":\"no-such-asset\"}"), 404, "No asset");
        expectError(anonymous.get("/assets/mediadb/services/distribution/published/never/"), 404, "No distribution");
        // a forged key is no session at all
        expectError(anonymous.withCookie("s1.YWRtaW4.ZGVmYXVsdA.YWRtaW4.9999999999.Zm9yZ2Vk").json("POST", CREATE,
                "{\"assetid\":\"201\"}"), 401, "Authentication required");
    }

    @Test
    void anotherTenantSeesNothing() {
        asset("301");
        Api bob = anonymous.session("bob", "bob", "org-b");

        expectError(bob.json("POST", CREATE, "{\"assetid\":\"301\"}"), 404, "No asset '301'");
        expectError(bob.json("POST", DELETE, "{\"assetid\":\"301\"}"), 404, "No asset '301'");
        assertThat(bob.get("/assets/301").statusCode()).isEqualTo(404);
        // bob's own asset of the same id is his alone
        assertThat(bob.json("POST", "/assets", "{\"id\":\"301\",\"title\":\"Bob's\"}").statusCode()).isEqualTo(201);
        assertThat(session.get("/assets/301").body()).contains("Lecture 301");
        // and bob may not open a session in the default organization's place of another tenant
        HttpResponse<String> denied = anonymous.send("POST", "/assets/login",
                "application/x-www-form-urlencoded", "user=bob&password=bob&organization=org-c");
        assertThat(denied.statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionKeyAlsoServesAsBearerOnTheAssetAndOpencastEndpoints() {
        String key = anonymous.login(KarafServer.ADMIN, KarafServer.ADMIN_PASSWORD, null);
        Api bearer = anonymous.withBearer(key);

        assertThat(bearer.get("/assets?limit=1").statusCode()).isEqualTo(200);
        assertThat(bearer.json("POST", "/assets", "{\"id\":\"601\"}").statusCode()).isEqualTo(201);
        assertThat(bearer.get("/services/count").statusCode()).isEqualTo(200);
        // a key that is not the one issued is no session
        assertThat(anonymous.withBearer(key + "x").get("/assets?limit=1").statusCode()).isEqualTo(401);
        assertThat(anonymous.withBearer(key + "x").get("/services/count").statusCode()).isEqualTo(401);
    }

    @Test
    void deleteAssetsTakesDownLinksAndDistributions() throws Exception {
        asset("401");
        String base = Api.json(session.json("POST", CREATE, "{\"assetid\":\"401\"}").body(), "baseurl");
        assertThat(anonymous.head(base + "thumb").statusCode()).isEqualTo(200);
        String mp = session.get("/assets/401/mediapackage.xml").body();
        HttpResponse<String> sync = Api.admin(server).post("/distribution/download/distributesync", Api.form("mediapackage", mp,
                "channelId", "engage-player", "elementId", "[\"track-1\",\"attachment-1\"]"));
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        Path track = server.downloads().resolve("default/engage-player/401/track-1/lecture.mp4");
        Path image = server.downloads().resolve("default/engage-player/401/attachment-1/large.png");
        assertThat(Files.readAllBytes(track)).isEqualTo(video);

        HttpResponse<String> r = session.json("POST", DELETE, "{\n\"assetid\": \"401\",\n}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"response\":{\"status\":\"ok\",\"rowsedited\":\"1\"}");
        assertThat(r.body()).contains("\"publications\":2").contains("\"linksRemoved\":1");
        assertThat(anonymous.head(base + "thumb").statusCode()).isEqualTo(404);
        assertThat(anonymous.head(base).statusCode()).isEqualTo(404);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((Files.exists(track) || Files.exists(image)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(track).doesNotExist();
        assertThat(image).doesNotExist();
        assertThat(session.get("/assets/401").statusCode()).isEqualTo(404);
        // a new asset under the old id does not revive the old link
        asset("401");
        assertThat(anonymous.head(base).statusCode()).isEqualTo(404);
    }

    @Test
    void linksMayExpire() throws Exception {
        asset("501");
        HttpResponse<String> r = session.send("POST", CREATE, "application/x-www-form-urlencoded", "assetid=501&expiresin=1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String base = Api.json(r.body(), "baseurl");
        assertThat(anonymous.head(base).statusCode()).isEqualTo(200);
        Thread.sleep(1500);
        assertThat(anonymous.head(base).statusCode()).isEqualTo(404);
    }

    private static void expectError(HttpResponse<String> r, int status, String reason) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).startsWith(ERROR).contains(reason).endsWith("\"}}");
    }
}
