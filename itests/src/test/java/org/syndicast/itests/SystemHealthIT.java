package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /system/health}, {@code /system/metrics} and {@code syndicast:health} on the assembled server (H2), with
 * a download distribution to count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemHealthIT {
    private KarafServer server;
    private Api api;
    private Lecture lecture;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("system-health");
        server.start();
        api = Api.admin(server);
        lecture = Lecture.in(server.inbox().resolve("lecture"), 100_000, 1_000, 3);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> awaitHealth(Api anyone, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> r;
        do {
            r = anyone.get("/system/health");
            if (r.statusCode() == status) {
                return r;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("health not " + status + " after " + timeout + ": " + r.statusCode() + " " + r.body());
    }

    @Test
    void healthIsOpenAndShowsStatusesButNoMessages() throws Exception {
        HttpResponse<String> r = awaitHealth(api.anonymous(), 200, Duration.ofSeconds(30));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(t -> assertThat(t).contains("no-store"));
        assertThat(Api.json(r.body(), "status")).isIn("OK", "WARN");
        assertThat(r.body()).contains("\"name\":\"Syndicast database\"").contains("\"name\":\"Syndicast job queue\"")
                .contains("\"name\":\"Syndicast channel targets\"").contains("\"name\":\"Syndicast disk space (downloads)\"")
                .doesNotContain("message").doesNotContain(server.home().toString()).doesNotContain("jdbc:");
    }

    @Test
    void theShellCommandShowsTheMessages() throws Exception {
        String out = KarafShell.forServer(server).exec("syndicast:health");
        assertThat(out).contains("Syndicast database").contains("The database answers").contains("Backlog:")
                .contains("Overall:");
    }

    @Test
    void metricsNeedCredentialsAndCountAJob() throws Exception {
        assertThat(api.anonymous().get("/system/metrics").statusCode()).isEqualTo(401);
        double before = counter(api.get("/system/metrics").body(), "syndicast_jobs_finished_total{channel=\"download\"}");

        HttpResponse<String> r = api.post("/distribution/download/", Api.form("mediapackage", lecture.mp("mp-metrics"),
                "channelId", "engage-player", "elementId", "[\"track-1\"]"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Api.status(api.awaitJob(Api.id(r.body()), Duration.ofSeconds(30)))).isEqualTo("FINISHED");

        HttpResponse<String> m = api.get("/system/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = m.body();
        assertThat(counter(text, "syndicast_jobs_finished_total{channel=\"download\"}")).isEqualTo(before + 1);
        assertThat(counter(text, "syndicast_jobs_submitted_total{channel=\"download\",operation=\"Distribute\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(text).contains("syndicast_job_duration_seconds_bucket{channel=\"download\",outcome=\"FINISHED\"")
                .contains("syndicast_job_bytes_count{channel=\"download\"}").contains("syndicast_jobs_in_flight ")
                .contains("syndicast_jobs_queued ");
        assertThat(counter(text, "syndicast_jobs_queued")).isGreaterThanOrEqualTo(0);
    }

    /** The value of one sample line, 0 when the series is not there yet. */
    static double counter(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
