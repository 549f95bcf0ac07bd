package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.core.impl.persistence.H2Database;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;

/** Waiting for jobs on a real (in-memory) database: a change on this node, on another node, and the deadline. */
class JobWaitsTest {
    private static final String HOST = "http://node-a:8181";
    private final H2Database db = H2Database.inMemory();
    private JobWaits waits;
    private final JobStore store = new JobStore(db.emf(), id -> waits.changed(id));
    /** Another node on the same database: its changes are not heard, only seen by the periodic check. */
    private final JobStore otherNode = new JobStore(db.emf());

    @AfterEach
    void close() {
        if (waits != null) {
            waits.close();
        }
        db.close();
    }

    private JobWaits waits(Duration max, Duration checkEvery) {
        waits = new JobWaits(store::find, store::states, max, checkEvery);
        return waits;
    }

    private Job queued() {
        return store.create(new NewJob(Job.typeOf("download"), "download", "admin", "org", "Distribute",
                List.of("engage-player", "<mediapackage/>", "[\"track-1\"]", "true"), HOST), System.currentTimeMillis());
    }

    @Test
    void aChangeOnThisNodeAnswersAtOnce() throws Exception {
        Job job = queued();
        CompletableFuture<Optional<Job>> f = waits(Duration.ofSeconds(60), Duration.ofHours(1))
                .await("org", job.id(), Duration.ofSeconds(30)).toCompletableFuture();
        Thread.sleep(50);
        assertThat(f).isNotDone();
        long t0 = System.nanoTime();
        store.claim(job.id(), HOST, System.currentTimeMillis(), System.currentTimeMillis() + 60_000);
        Job moved = f.get(2, TimeUnit.SECONDS).orElseThrow();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
        assertThat(moved.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(moved.version()).isGreaterThan(job.version());
        assertThat(waits.waiting()).isZero();
    }

    @Test
    void aChangeByAnotherNodeIsSeenByThePeriodicCheck() throws Exception {
        Job job = queued();
        CompletableFuture<Optional<Job>> f = waits(Duration.ofSeconds(60), Duration.ofMillis(100))
                .await("org", job.id(), Duration.ofSeconds(30)).toCompletableFuture();
        otherNode.claim(job.id(), HOST, System.currentTimeMillis(), System.currentTimeMillis() + 60_000);
        otherNode.finish(job.id(), HOST, "<list/>", System.currentTimeMillis());
        Job moved = f.get(2, TimeUnit.SECONDS).orElseThrow();
        // the check may run between the other node's claim and its finish: a wait answers when the job moves,
        // so RUNNING at a later version is as right as FINISHED
        assertThat(moved.version()).isGreaterThan(job.version());
        assertThat(moved.status()).isIn(JobStatus.RUNNING, JobStatus.FINISHED);
    }

    @Test
    void nothingMovesUntilTheDeadlineWhichAnswersWithTheJobAsItIs() throws Exception {
        Job job = queued();
        long t0 = System.nanoTime();
        Optional<Job> same = waits(Duration.ofSeconds(60), Duration.ofMillis(50))
                .await("org", job.id(), Duration.ofMillis(400)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(ms).isBetween(380L, 3000L);
        assertThat(same.orElseThrow().version()).isEqualTo(job.version());
        assertThat(same.orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void theCapShortensALongerWait() throws Exception {
        Job job = queued();
        long t0 = System.nanoTime();
        waits(Duration.ofSeconds(1), Duration.ofMillis(50)).await("org", job.id(), Duration.ofHours(1))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isBetween(900L, 4000L);
    }

    @Test
    void terminalMissingOrOtherTenantsJobsAnswerAtOnce() throws Exception {
        Job job = queued();
        JobWaits w = waits(Duration.ofSeconds(60), Duration.ofMillis(50));
        assertThat(w.await("other-org", job.id(), Duration.ofSeconds(30)).toCompletableFuture().getNow(null)).isEmpty();
        assertThat(w.await("org", 987_654, Duration.ofSeconds(30)).toCompletableFuture().getNow(null)).isEmpty();
        store.claim(job.id(), HOST, System.currentTimeMillis(), System.currentTimeMillis() + 60_000);
        store.fail(job.id(), HOST, "X: no", System.currentTimeMillis());
        assertThat(w.await("org", job.id(), Duration.ofSeconds(30)).toCompletableFuture().getNow(null)).get()
                .extracting(Job::status).isEqualTo(JobStatus.FAILED);
        assertThat(w.waiting()).isZero();
    }

    @Test
    void closingFailsWhoeverStillWaits() {
        Job job = queued();
        CompletableFuture<Optional<Job>> f = waits(Duration.ofSeconds(60), Duration.ofHours(1))
                .await("org", job.id(), Duration.ofSeconds(30)).toCompletableFuture();
        waits.close();
        assertThat(f).isCompletedExceptionally();
        assertThat(waits.waiting()).isZero();
    }
}
