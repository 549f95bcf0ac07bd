package org.syndicast.system.health.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

/** The metrics a job leaves, in the Prometheus text format. */
class JobMetricsTest {

    private static Job job(String channel) {
        return new Job(7, 1, Job.typeOf(channel), JobStatus.RUNNING, "admin", "default", "Distribute", List.of(),
                "h", "h", Instant.EPOCH, null, null, null, null, null, null, 1, null);
    }

    @Test
    void aJobIsCountedTimedAndWeighedByChannel() {
        JobMetrics m = new JobMetrics(new TestSystemConfig());
        m.queued(job("download"));
        m.started(job("download"));
        assertThat(m.scrape()).contains("syndicast_jobs_in_flight 1.0");
        m.ended(job("download"), JobStatus.FINISHED, Duration.ofMillis(120), 4096);
        m.started(job("s3"));
        m.ended(job("s3"), JobStatus.FAILED, Duration.ofMillis(5), 0);

        String text = m.scrape();
        assertThat(text).contains("syndicast_jobs_submitted_total{channel=\"download\",operation=\"Distribute\"} 1.0")
                .contains("syndicast_jobs_finished_total{channel=\"download\"} 1.0")
                .contains("syndicast_jobs_failed_total{channel=\"s3\"} 1.0")
                .contains("syndicast_job_duration_seconds_count{channel=\"download\",outcome=\"FINISHED\"} 1")
                .contains("syndicast_job_duration_seconds_bucket{")
                .contains("syndicast_job_bytes_sum{channel=\"download\"} 4096.0")
                .contains("syndicast_jobs_in_flight 0.0")
                .contains("syndicast_jobs_queued NaN"); // no data source here
        m.close();
    }
}
