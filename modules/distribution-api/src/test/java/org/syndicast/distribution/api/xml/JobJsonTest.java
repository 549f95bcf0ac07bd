package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JobJsonTest {
    private static final URI URL = URI.create("http://localhost:8181/services/job/42.json");

    @Test
    void writesAllFieldsInTheXmlOrder() {
        Map<String, Object> job = job(JobJson.write(JobXmlTest.fullJob(), URL));

        assertThat(job.keySet()).containsExactly("id", "version", "type", "status", "creator", "organization", "url",
                "operation", "args", "createdHost", "processingHost", "dateCreated", "dateStarted", "dateCompleted",
                "queueTime", "runTime", "payload", "dispatchable", "jobLoad", "failure", "attempts", "target");
        assertThat(job.get("id")).isEqualTo(new BigDecimal("42"));
        assertThat(job.get("version")).isEqualTo(new BigDecimal("7"));
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat(job.get("url")).isEqualTo(URL.toString());
        assertThat(job.get("args")).isEqualTo(Map.of("arg",
                List.of("engage-player", "<mediapackage id=\"m\"/>", "[\"track-1\"]", "true")));
        assertThat(job.get("dateStarted")).isEqualTo("2026-11-23T08:00:01.250Z");
        assertThat(job.get("dateCompleted")).isEqualTo("2026-11-23T08:00:09.999Z");
        assertThat(job.get("queueTime")).isEqualTo(new BigDecimal("1250"));
        assertThat(job.get("dispatchable")).isEqualTo(true);
        assertThat(job.get("jobLoad")).isEqualTo(new BigDecimal("0.1"));
        assertThat(job.get("payload")).isEqualTo(JobXmlTest.PAYLOAD);
        assertThat(job.get("failure")).isEqualTo("Bucket 'media' does not exist");
        assertThat(job.get("attempts")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void leavesOutNullsEmptyStringsAndEmptyArgs() {
        Job bare = new Job(5, 0, "t", JobStatus.QUEUED, null, "", null, List.of(), null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null, null, null, null, "", null, 0);

        String json = JobJson.write(bare, null);

        assertThat(json).isEqualTo("{\"job\":{\"id\":5,\"version\":0,\"type\":\"t\",\"status\":\"QUEUED\","
                + "\"dateCreated\":\"2026-01-01T00:00:00Z\",\"dispatchable\":true,\"jobLoad\":0.1}}");
    }

    @Test
    void anyTextIsEscapedAndReadBackUnchanged() {
        String nasty = "q\"b\\s/ \b\f\n\r\t \u0000\u001F\u007F \u2028\u2029 </script> ü \uD83C\uDFA5";
        Job job = new Job(1, 1, "t", JobStatus.FAILED, nasty, null, null, List.of(nasty, ""), null, null, null, null,
                null, null, null, nasty, nasty, 1);

        String json = JobJson.write(job, URL);
        Map<String, Object> back = job(json);

        assertThat(json).doesNotContain("\u2028", "\u2029", "\u0000", "\n");
        assertThat(back.get("creator")).isEqualTo(nasty);
        assertThat(back.get("payload")).isEqualTo(nasty);
        assertThat(back.get("failure")).isEqualTo(nasty);
        assertThat(back.get("args")).isEqualTo(Map.of("arg", List.of(nasty, "")));
    }

    @Test
    void aLoneSurrogateIsEscaped() {
        assertThat(Json.quote("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
        assertThat(Json.quote(null)).isEqualTo("null");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(String json) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        assertThat(root).containsOnlyKeys("job");
        return (Map<String, Object>) root.get("job");
    }
}
