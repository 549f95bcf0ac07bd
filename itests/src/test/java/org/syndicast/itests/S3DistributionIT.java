package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The S3 channel inside the assembled server, against a real S3-compatible server (S3Proxy): the Opencast
 * dialect at /distribution/s3, bytes in the bucket, public and presigned URLs, multipart, live reconfiguration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3DistributionIT {
    private static final String KEYS = "default/engage-player/";

    private S3Fixture s3;
    private Api api;
    private Lecture lecture;

    @BeforeAll
    void start() throws Exception {
        s3 = S3Fixture.start("s3", Map.of());
        api = s3.api;
        lecture = Lecture.in(s3.server.inbox().resolve("lecture"), 3_000_000, 1_000_000, 11);
    }

    @AfterAll
    void stop() throws Exception {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void queuedDistributionPutsTheSameBytesInTheBucketAtTheirPublicUrl() throws Exception {
        HttpResponse<String> r = api.post("/distribution/s3/",
                Api.form("mediapackage", lecture.mp("mp-async"), "channelId", "engage-player", "elementId", "[\"track-1\"]"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("type=\"org.syndicast.distribution.s3\"");

        String done = api.awaitJob(Api.id(r.body()), Duration.ofSeconds(30));
        assertThat(Api.status(done)).as(done).isEqualTo("FINISHED");
        String key = KEYS + "mp-async/track-1/presenter.mp4";
        String payload = Xml.unescape(Xml.text(done, "payload"));
        assertThat(payload).contains("<url>" + s3.url(key) + "</url>").contains("id=\"track-1\"")
                .contains("<tag>engage-download</tag>").contains("<resolution>1280x720</resolution>");

        assertThat(s3.md5(S3Fixture.BUCKET, key)).isEqualTo(S3Fixture.md5(lecture.video()));
        HttpResponse<byte[]> anonymous = api.getBytes(s3.url(key));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(Files.readAllBytes(lecture.video()));
        HeadObjectResponse head = s3.client.headObject(h -> h.bucket(S3Fixture.BUCKET).key(key));
        assertThat(head.contentType()).isEqualTo("video/mp4");
        assertThat(head.contentLength()).isEqualTo(Files.size(lecture.video()));
    }

    @Test
    void synchronousDistributionReturnsTheElementList() throws Exception {
        HttpResponse<String> r = api.post("/distribution/s3/distributesync", Api.form("mediapackage", lecture.mp("mp-sync"),
                "channelId", "engage-player", "elementId", "['track-1','track-2']", "preserveReference", "true"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] docs = r.body().split("###");
        assertThat(docs).hasSize(2);
        assertThat(docs[0]).contains("<url>" + s3.url(KEYS + "mp-sync/track-1/presenter.mp4") + "</url>")
                .contains("ref=\"track:source-1\"");
        assertThat(docs[1]).contains("<url>" + s3.url(KEYS + "mp-sync/track-2/slides.mp4") + "</url>");
        assertThat(s3.md5(S3Fixture.BUCKET, KEYS + "mp-sync/track-2/slides.mp4")).isEqualTo(S3Fixture.md5(lecture.slides()));
    }

    @Test
    void retractRemovesTheObjectsAndIsIdempotent() throws Exception {
        var form = Api.form("mediapackage", lecture.mp("mp-retract"), "channelId", "engage-player", "elementId",
                "[\"track-1\",\"track-2\"]");
        assertThat(api.post("/distribution/s3/distributesync", form).statusCode()).isEqualTo(200);
        assertThat(s3.keys(S3Fixture.BUCKET, KEYS + "mp-retract/")).hasSize(2);

        // the elements carry their original file: URLs: retract finds the objects by the key layout
        HttpResponse<String> first = api.post("/distribution/s3/retractsync", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body().split("###")).hasSize(2);
        assertThat(s3.keys(S3Fixture.BUCKET, KEYS + "mp-retract/")).isEmpty();
        assertThat(api.getBytes(s3.url(KEYS + "mp-retract/track-1/presenter.mp4")).statusCode()).isIn(403, 404);

        assertThat(api.post("/distribution/s3/retractsync", form).statusCode()).isEqualTo(200);
        HttpResponse<String> queued = api.post("/distribution/s3/retract", form);
        assertThat(Api.status(api.awaitJob(Api.id(queued.body()), Duration.ofSeconds(30)))).isEqualTo("FINISHED");
    }

    @Test
    void aLargeElementGoesMultipartAndLeavesNoIncompleteUpload() throws Exception {
        Path big = MediaPackages.randomFile(s3.server.inbox().resolve("big/lecture.mp4"), 64L << 20, 13);
        var form = Api.form("mediapackage", MediaPackages.withTracks("mp-big", big.toUri().toString()),
                "channelId", "engage-player", "elementId", "track-1");

        HttpResponse<String> r = api.post("/distribution/s3/distributesync", form);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String key = KEYS + "mp-big/track-1/lecture.mp4";
        HeadObjectResponse head = s3.client.headObject(h -> h.bucket(S3Fixture.BUCKET).key(key));
        assertThat(head.contentLength()).isEqualTo(64L << 20);
        assertThat(head.eTag()).endsWith("-13\""); // 64 MiB in 5 MiB parts
        assertThat(s3.md5(S3Fixture.BUCKET, key)).isEqualTo(S3Fixture.md5(big));
        assertThat(s3.client.listMultipartUploads(l -> l.bucket(S3Fixture.BUCKET)).uploads()).isEmpty();
    }

    @Test
    void presignedUrlsWorkForAPrivateObjectAndExpire() throws Exception {
        s3.set(java.util.Map.of("object.acl", "", "presign.validity.seconds", "3", "presign", "true"));
        try {
            var form = Api.form("mediapackage", lecture.mp("mp-presign"), "channelId", "engage-player", "elementId", "track-2");
            String body = api.awaitAnswer("/distribution/s3/distributesync", form, "X-Amz-Signature=");
            String url = Xml.unescape(Xml.text(body, "url"));
            assertThat(url).startsWith(s3.url(KEYS + "mp-presign/track-2/slides.mp4") + "?");

            HttpResponse<byte[]> signed = api.getBytes(url);
            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(signed.body()).isEqualTo(Files.readAllBytes(lecture.slides()));
            assertThat(api.getBytes(s3.url(KEYS + "mp-presign/track-2/slides.mp4")).statusCode()).isEqualTo(403);

            Thread.sleep(3500);
            assertThat(api.getBytes(url).statusCode()).isEqualTo(403);

            // retract with the presigned URL the distribution answered: the key is read back from it
            String published = body.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
            String withUrl = lecture.mp("mp-presign").replace("<url>" + lecture.slides().toUri() + "</url>", "<url>"
                    + Xml.text(published, "url") + "</url>");
            assertThat(api.post("/distribution/s3/retractsync", Api.form("mediapackage", withUrl, "channelId",
                    "engage-player", "elementId", "track-2")).statusCode()).isEqualTo(200);
            assertThat(s3.keys(S3Fixture.BUCKET, KEYS + "mp-presign/")).isEmpty();
        } finally {
            s3.set(java.util.Map.of("presign", "false", "object.acl", "public-read"));
            api.awaitAnswer("/distribution/s3/distributesync", Api.form("mediapackage", lecture.mp("mp-presign-back"),
                    "channelId", "engage-player", "elementId", "track-2"),
                    "<url>" + s3.url(KEYS + "mp-presign-back/track-2/slides.mp4") + "</url>");
        }
    }

    @Test
    void anotherBucketAndPrefixTakeEffectWithoutRestart() throws Exception {
        s3.set(java.util.Map.of("key.prefix", "live/", "bucket", S3Fixture.OTHER_BUCKET));
        try {
            var form = Api.form("mediapackage", lecture.mp("mp-moved"), "channelId", "engage-player", "elementId", "track-2");
            String expected = s3.s3.bucketUrl(S3Fixture.OTHER_BUCKET) + "/live/" + KEYS + "mp-moved/track-2/slides.mp4";
            api.awaitAnswer("/distribution/s3/distributesync", form, "<url>" + expected + "</url>");
            assertThat(s3.md5(S3Fixture.OTHER_BUCKET, "live/" + KEYS + "mp-moved/track-2/slides.mp4"))
                    .isEqualTo(S3Fixture.md5(lecture.slides()));
            // once applied, nothing goes to the old bucket any more
            var after = Api.form("mediapackage", lecture.mp("mp-moved-2"), "channelId", "engage-player", "elementId", "track-2");
            assertThat(api.post("/distribution/s3/distributesync", after).statusCode()).isEqualTo(200);
            assertThat(s3.keys(S3Fixture.OTHER_BUCKET, "live/" + KEYS + "mp-moved-2/")).hasSize(1);
            assertThat(s3.keys(S3Fixture.BUCKET, KEYS + "mp-moved-2/")).isEmpty();
        } finally {
            s3.set(java.util.Map.of("bucket", S3Fixture.BUCKET, "key.prefix", ""));
            api.awaitAnswer("/distribution/s3/distributesync", Api.form("mediapackage", lecture.mp("mp-moved-back"),
                    "channelId", "engage-player", "elementId", "track-2"),
                    "<url>" + s3.url(KEYS + "mp-moved-back/track-2/slides.mp4") + "</url>");
        }
    }
}
