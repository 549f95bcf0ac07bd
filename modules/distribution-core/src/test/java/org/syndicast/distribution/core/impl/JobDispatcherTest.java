package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.distribution.core.impl.DispatcherRig.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;

/** The dispatcher and the runner together, with their own threads, on a real database and a fake channel. */
class JobDispatcherTest {
    @TempDir
    Path inbox;
    private DispatcherRig node;

    @BeforeEach
    void setUp() {
        node = new DispatcherRig(inbox);
    }

    @AfterEach
    void tearDown() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyQueuedJobFinishesAndRunsOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(node.queue("download", "mp-" + i));
        }
        node.start();
        for (int i = 20; i < 40; i++) {
            ids.add(node.queue("download", "mp-" + i));
            node.dispatcher.wakeUp();
        }

        node.awaitStatus(ids, JobStatus.FINISHED);

        assertThat(node.download.distributed).extracting(FakeChannel.Call::mediaPackageId).doesNotHaveDuplicates()
                .hasSize(40);
        assertThat(ids).allSatisfy(id -> assertThat(node.job(id).attempts()).isEqualTo(1));
    }

    @Test
    void aTransientFailureIsRetriedAfterABackoffThenFinishes() {
        DistributionException down = DistributionException.transientFailure("TARGET_DOWN", "down", null);
        node.download.failNext("track-1", down).failNext("track-1", down);
        long id = node.queue("download", "mp-1");

        node.start();
        node.awaitStatus(List.of(id), JobStatus.FINISHED);

        Job job = node.job(id);
        assertThat(job.attempts()).isEqualTo(3);
        assertThat(job.failure()).isNull();
        List<Long> at = node.download.distributed.stream().map(FakeChannel.Call::at).toList();
        assertThat(at).hasSize(3);
        assertThat(at.get(1) - at.get(0)).as("first backoff").isGreaterThanOrEqualTo(100);
        assertThat(at.get(2) - at.get(1)).as("second backoff, doubled").isGreaterThanOrEqualTo(200);
    }

    @Test
    void whenRetriesAreExhaustedTheJobFailsWithTheCodeAndTheAttemptCount() {
        DistributionException down = DistributionException.transientFailure("TARGET_DOWN", "target is down", null);
        node.download.failNext("track-1", down).failNext("track-1", down).failNext("track-1", down);
        long id = node.queue("download", "mp-1");

        node.start();
        node.awaitStatus(List.of(id), JobStatus.FAILED);

        Job job = node.job(id);
        assertThat(job.attempts()).isEqualTo(3);
        assertThat(job.failure()).contains("TARGET_DOWN", "target is down", "after 3 attempt(s)");
        assertThat(node.download.distributed).hasSize(3);
    }

    @Test
    void aJobForAnAbsentChannelWaitsAndRunsWhenTheChannelArrives() throws InterruptedException {
        long id = node.queue("s3", "mp-1");
        node.start();

        Thread.sleep(300);
        assertThat(node.job(id).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(node.job(id).attempts()).isZero();

        FakeChannel s3 = new FakeChannel();
        node.channels.put("s3", s3);
        node.dispatcher.wakeUp();

        node.awaitStatus(List.of(id), JobStatus.FINISHED);
        assertThat(s3.distributed).hasSize(1);
        assertThat(node.download.distributed).isEmpty();
    }

    @Test
    void stopLetsRunningJobsCompleteAndLeavesNoneRunning() {
        node.download.slow(2_000);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(node.queue("download", "mp-" + i));
        }
        node.start();
        // every worker busy: the poller waits for a free one, so stop() does not race a claim (JobDispatcherStopTest)
        await(() -> node.download.distributed.size() == 4, "all four workers to be busy");

        node.stop();

        assertThat(node.store.list(new JobQuery("default", Optional.empty(), Optional.of(JobStatus.RUNNING), 0, 100)))
                .isEmpty();
        List<String> started = node.download.distributed.stream().map(FakeChannel.Call::mediaPackageId).toList();
        assertThat(started).hasSize(4);
        for (int i = 0; i < ids.size(); i++) {
            JobStatus expected = started.contains("mp-" + i) ? JobStatus.FINISHED : JobStatus.QUEUED;
            assertThat(node.job(ids.get(i)).status()).as("job of mp-%s", i).isEqualTo(expected);
        }
    }
}
