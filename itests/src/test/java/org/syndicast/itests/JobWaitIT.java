package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /services/job/{id}.xml?wait=N} against the assembled server: the answer comes when the job moves or
 * ends, not at the next poll. The sources sit on tmpfs so that the download channel streams a copy (no hard link)
 * and the job runs long enough to be waited on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobWaitIT {
    private static final int WAIT_SECONDS = 20;
    private KarafServer server;
    private Api api;
    private Path shm;
    private Lecture lecture;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("job-wait");
        Path tmpfs = Paths.get("/dev/shm");
        shm = Files.createTempDirectory(Files.isDirectory(tmpfs) ? tmpfs : server.home(), "syndicast-wait-");
        server.set("org.syndicast.distribution.core", "inbox.roots", server.inbox() + "," + shm);
        server.start();
        api = Api.admin(server);
        lecture = Lecture.in(shm, 200_000_000, 1_000, 7);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        LocalHost.run(List.of("rm", "-rf", shm.toString()));
    }

    private long distribute(String mpId) {
        HttpResponse<String> r = api.post("/distribution/download/",
                Api.form("mediapackage", lecture.mp(mpId), "channelId", "engage-player", "elementId", "[\"track-1\"]"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.id(r.body());
    }

    @Test
    void aWaitedJobAnswersWithinAFewHundredMillisecondsOfFinishing() throws Exception {
        long id = distribute("mp-wait");
        List<String> seen = new ArrayList<>();
        String doc = null;
        Instant answered = null;
        for (int call = 0; call < 10; call++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.get("/services/job/" + id + ".xml?wait=" + WAIT_SECONDS);
            answered = Instant.now();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(ms).as("a wait is never longer than asked").isLessThan(WAIT_SECONDS * 1000L + 2000);
            doc = r.body();
            seen.add(Api.status(doc) + " after " + ms + " ms");
            if (Api.status(doc).equals("FINISHED") || Api.status(doc).equals("FAILED")) {
                break;
            }
        }
        assertThat(Api.status(doc)).as(seen.toString()).isEqualTo("FINISHED");
        // QUEUED -> RUNNING -> FINISHED: a change of version answers, so a few calls at most, never a poll loop
        assertThat(seen).as(seen.toString()).hasSizeLessThanOrEqualTo(3);
        Instant completed = Instant.parse(Xml.text(doc, "dateCompleted"));
        long late = Duration.between(completed, answered).toMillis();
        System.out.println("JobWaitIT: answers " + seen + "; the last " + late + " ms after dateCompleted");
        assertThat(late).as(seen.toString()).isBetween(-50L, 500L);
        assertThat(Files.size(server.downloads().resolve("default/engage-player/mp-wait/track-1/presenter.mp4")))
                .isEqualTo(200_000_000L);
    }

    @Test
    void aFinishedJobAnswersAtOnceAlsoAsJson() throws Exception {
        long id = distribute("mp-done");
        api.awaitJob(id, Duration.ofSeconds(60));
        long t0 = System.nanoTime();
        HttpResponse<String> r = api.get("/services/job/" + id + ".json?wait=" + WAIT_SECONDS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"status\":\"FINISHED\"");
    }

    @Test
    void withoutWaitNothingChanges() throws Exception {
        long id = distribute("mp-poll");
        HttpResponse<String> r = api.get("/services/job/" + id + ".xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Api.status(r.body())).isIn("QUEUED", "RUNNING", "FINISHED");
        assertThat(Api.status(api.awaitJob(id, Duration.ofSeconds(60)))).isEqualTo("FINISHED");
    }

    @Test
    void aBadWaitIsA400WithTheErrorDocument() {
        long id = distribute("mp-bad-wait");
        for (String bad : new String[] { "abc", "-1", "2.5", "86401" }) {
            HttpResponse<String> r = api.get("/services/job/" + id + ".xml?wait=" + bad);
            assertThat(r.statusCode()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("INVALID_WAIT");
            HttpResponse<String> j = api.get("/services/job/" + id + ".json?wait=" + bad);
            assertThat(j.statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void waitingOnAJobThatDoesNotExistIsA404() {
        HttpResponse<String> r = api.get("/services/job/987654321.xml?wait=5");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(r.body()).contains("JOB_NOT_FOUND");
        assertThat(api.get("/services/job/987654321.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void waitingNeedsCredentials() {
        long id = distribute("mp-anon-wait");
        assertThat(api.anonymous().get("/services/job/" + id + ".xml?wait=5").statusCode()).isEqualTo(401);
    }
}
