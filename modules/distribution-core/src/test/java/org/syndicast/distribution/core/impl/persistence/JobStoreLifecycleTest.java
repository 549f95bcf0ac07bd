package org.syndicast.distribution.core.impl.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.distribution.core.impl.persistence.Jobs.HOST;
import static org.syndicast.distribution.core.impl.persistence.Jobs.OTHER_HOST;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

/** A job's way through the states, on a real H2 database. */
class JobStoreLifecycleTest {
    private static final Set<String> DOWNLOAD = Set.of("download");

    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createdJobIsQueuedWithAVersionAndWhatItWasMadeFrom() {
        Job job = store.create(Jobs.on("download"), 1_000);

        assertThat(job.id()).isPositive();
        assertThat(job.version()).isPositive();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.type()).isEqualTo("org.syndicast.distribution.download");
        assertThat(job.creator()).isEqualTo("admin");
        assertThat(job.organization()).isEqualTo("default");
        assertThat(job.operation()).isEqualTo("Distribute");
        assertThat(job.args()).containsExactly("engage-player", "<mediapackage/>", "[\"track-1\"]", "true");
        assertThat(job.createdHost()).isEqualTo(HOST);
        assertThat(job.dateCreated()).isEqualTo(Instant.ofEpochMilli(1_000));
        assertThat(job.processingHost()).isNull();
        assertThat(job.dateStarted()).isNull();
        assertThat(job.queueTime()).isNull();
        assertThat(job.runTime()).isNull();
        assertThat(job.attempts()).isZero();
        assertThat(store.find(job.id())).contains(job);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertThat(store.find(424242)).isEmpty();
    }

    @Test
    void claimRunsTheJobOnTheClaimingHostAndCountsTheAttempt() {
        Job created = store.create(Jobs.on("download"), 1_000);

        Job claimed = store.claim(created.id(), HOST, 1_500, 60_000).orElseThrow();

        assertThat(claimed.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(claimed.processingHost()).isEqualTo(HOST);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.version()).isGreaterThan(created.version());
        assertThat(claimed.dateStarted()).isEqualTo(Instant.ofEpochMilli(1_500));
        assertThat(claimed.queueTime()).isEqualTo(500);
    }

    @Test
    void aRunningJobCannotBeClaimedAgainEvenByTheSameHost() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 1_000, 60_000).orElseThrow();

        assertThat(store.claim(id, HOST, 1_001, 60_000)).isEmpty();
        assertThat(store.claim(id, OTHER_HOST, 1_001, 60_000)).isEmpty();
        assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void finishRecordsThePayloadAndTheQueueAndRunTimes() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        long claimedVersion = store.claim(id, HOST, 1_500, 60_000).orElseThrow().version();

        assertThat(store.finish(id, HOST, "<track/>", 4_000)).isTrue();

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(job.payload()).isEqualTo("<track/>");
        assertThat(job.failure()).isNull();
        assertThat(job.dateCompleted()).isEqualTo(Instant.ofEpochMilli(4_000));
        assertThat(job.queueTime()).isEqualTo(500);
        assertThat(job.runTime()).isEqualTo(2_500);
        assertThat(job.version()).isGreaterThan(claimedVersion);
    }

    @Test
    void onlyTheClaimingHostMayCompleteARunningJob() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 1_000, 60_000).orElseThrow();

        assertThat(store.finish(id, OTHER_HOST, "x", 2_000)).isFalse();
        assertThat(store.fail(id, OTHER_HOST, "x", 2_000)).isFalse();
        assertThat(store.retryLater(id, OTHER_HOST, "x", 2_000)).isFalse();
        assertThat(store.release(id, OTHER_HOST)).isFalse();

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.processingHost()).isEqualTo(HOST);
    }

    @Test
    void onlyARunningJobCanBeCompleted() {
        long queued = store.create(Jobs.on("download"), 1_000).id();
        long finished = store.create(Jobs.on("download"), 1_000).id();
        store.claim(finished, HOST, 1_000, 60_000).orElseThrow();
        store.finish(finished, HOST, "done", 2_000);

        for (long id : List.of(queued, finished, 987_654L)) {
            assertThat(store.finish(id, HOST, "x", 3_000)).as("finish %s", id).isFalse();
            assertThat(store.fail(id, HOST, "x", 3_000)).as("fail %s", id).isFalse();
            assertThat(store.retryLater(id, HOST, "x", 3_000)).as("retryLater %s", id).isFalse();
            assertThat(store.release(id, HOST)).as("release %s", id).isFalse();
        }
        assertThat(store.find(queued).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
        assertThat(store.find(finished).orElseThrow().payload()).isEqualTo("done");
    }

    @Test
    void failSaysWhyAndClipsALongReason() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 1_000, 60_000).orElseThrow();

        assertThat(store.fail(id, HOST, "TARGET_DOWN: " + "x".repeat(5_000), 2_000)).isTrue();

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).hasSize(2_000).startsWith("TARGET_DOWN: ").endsWith("...");
        assertThat(job.dateCompleted()).isEqualTo(Instant.ofEpochMilli(2_000));
    }

    @Test
    void retryLaterRequeuesNotBeforeTheGivenTimeAndKeepsTheAttempt() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 1_000, 60_000).orElseThrow();

        assertThat(store.retryLater(id, HOST, "TARGET_DOWN: later", 5_000)).isTrue();

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.processingHost()).isNull();
        assertThat(job.failure()).isEqualTo("TARGET_DOWN: later");
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(store.claimable(DOWNLOAD, 4_999, 10)).isEmpty();
        assertThat(store.claimable(DOWNLOAD, 5_000, 10)).containsExactly(id);
    }

    @Test
    void aRetriedJobKeepsItsFirstStartAndCountsEveryAttempt() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 2_000, 60_000).orElseThrow();
        store.retryLater(id, HOST, "again", 3_000);

        Job second = store.claim(id, OTHER_HOST, 3_000, 60_000).orElseThrow();

        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.processingHost()).isEqualTo(OTHER_HOST);
        assertThat(second.dateStarted()).isEqualTo(Instant.ofEpochMilli(2_000));
    }

    @Test
    void releaseRequeuesAtOnceAndTheAttemptDoesNotCount() {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, HOST, 1_000, 60_000).orElseThrow();

        assertThat(store.release(id, HOST)).isTrue();

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.processingHost()).isNull();
        assertThat(job.attempts()).isZero();
        assertThat(store.claimable(DOWNLOAD, 1_000, 10)).containsExactly(id);
    }

    @Test
    void recoverRequeuesOnlyTheRunningJobsOfThatHost() {
        long mine = running(HOST, 60_000);
        long theirs = running(OTHER_HOST, 60_000);
        long mineFinished = running(HOST, 60_000);
        store.finish(mineFinished, HOST, "done", 2_000);
        long queued = store.create(Jobs.on("download"), 1_000).id();

        assertThat(store.recover(HOST)).isEqualTo(1);

        assertThat(status(mine)).isEqualTo(JobStatus.QUEUED);
        assertThat(store.find(mine).orElseThrow().processingHost()).isNull();
        assertThat(status(theirs)).isEqualTo(JobStatus.RUNNING);
        assertThat(status(mineFinished)).isEqualTo(JobStatus.FINISHED);
        assertThat(status(queued)).isEqualTo(JobStatus.QUEUED);
        assertThat(store.release(mine, HOST)).as("the recovered host no longer owns it").isFalse();
    }

    @Test
    void expireLeasesRequeuesRunningJobsWhoseLeaseHasPassed() {
        long lapsed = running(HOST, 5_000);
        long current = running(OTHER_HOST, 10_000);

        assertThat(store.expireLeases(10_000)).isEqualTo(1);

        assertThat(status(lapsed)).isEqualTo(JobStatus.QUEUED);
        assertThat(status(current)).as("a lease ending exactly now still holds").isEqualTo(JobStatus.RUNNING);
        assertThat(store.finish(lapsed, HOST, "late", 11_000)).as("the old host lost it").isFalse();
    }

    @Test
    void renewLeasesExtendsOnlyTheListedRunningJobsOfThatHost() {
        long renewed = running(HOST, 5_000);
        long otherHosts = running(OTHER_HOST, 5_000);
        long notListed = running(HOST, 5_000);

        assertThat(store.renewLeases(HOST, List.of(renewed, otherHosts), 20_000)).isEqualTo(1);
        assertThat(store.renewLeases(HOST, List.of(), 20_000)).isZero();

        assertThat(store.expireLeases(6_000)).isEqualTo(2);
        assertThat(status(renewed)).isEqualTo(JobStatus.RUNNING);
        assertThat(status(otherHosts)).isEqualTo(JobStatus.QUEUED);
        assertThat(status(notListed)).isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void everyChangeBumpsTheVersion() {
        Job created = store.create(Jobs.on("download"), 1_000);
        long v1 = store.claim(created.id(), HOST, 1_000, 5_000).orElseThrow().version();
        store.retryLater(created.id(), HOST, "again", 1_000);
        long v2 = store.find(created.id()).orElseThrow().version();
        store.claim(created.id(), HOST, 1_000, 5_000).orElseThrow();
        store.expireLeases(6_000);
        long v3 = store.find(created.id()).orElseThrow().version();
        long v4 = store.claim(created.id(), HOST, 7_000, 60_000).orElseThrow().version();
        store.recover(HOST);
        long v5 = store.find(created.id()).orElseThrow().version();

        assertThat(List.of(created.version(), v1, v2, v3, v4, v5)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void recoverAtStartLeavesTheJobsThisJvmClaimedOrRenewed() {
        long claimedByTheDeadJvm = running(HOST, 60_000); // claimed at 1_000
        long claimedSinceStart = store.create(Jobs.on("download"), 1_000).id();
        store.claim(claimedSinceStart, HOST, 5_000, 60_000).orElseThrow();
        long renewedSinceStart = running(HOST, 60_000);
        store.renewLeases(HOST, List.of(renewedSinceStart), 6_000, 70_000);

        assertThat(store.recover(HOST, 4_000)).isEqualTo(1);

        assertThat(status(claimedByTheDeadJvm)).isEqualTo(JobStatus.QUEUED);
        assertThat(status(claimedSinceStart)).isEqualTo(JobStatus.RUNNING);
        assertThat(status(renewedSinceStart)).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void aStaleAttemptCannotCompleteAJobClaimedAgain() {
        long id = running(HOST, 60_000);
        assertThat(store.retryLater(id, HOST, "TARGET_IO: down", 0, 1)).isTrue();
        store.claim(id, HOST, 2_000, 60_000).orElseThrow();

        assertThat(store.finish(id, HOST, "from attempt 1", 3_000, 1)).isFalse();
        assertThat(store.finish(id, HOST, "from attempt 2", 3_000, 2)).isTrue();
        assertThat(store.find(id).orElseThrow().payload()).isEqualTo("from attempt 2");
    }

    @Test
    void aRenewedLeaseDoesNotStopTheJobFromFinishing() {
        long id = running(HOST, 60_000);
        store.renewLeases(HOST, List.of(id), 2_000, 70_000);

        assertThat(store.finish(id, HOST, "done", 3_000, 1)).isTrue();
        assertThat(status(id)).isEqualTo(JobStatus.FINISHED);
    }

    private long running(String host, long leaseUntil) {
        long id = store.create(Jobs.on("download"), 1_000).id();
        store.claim(id, host, 1_000, leaseUntil).orElseThrow();
        return id;
    }

    private JobStatus status(long id) {
        return store.find(id).orElseThrow().status();
    }
}
