package org.syndicast.distribution.core.impl.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.distribution.core.impl.persistence.Jobs.HOST;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;

/** Which jobs the dispatcher may take, and which the job endpoints list. */
class JobStoreQueryTest {
    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void claimableWaitsForTheJobsTime() {
        long id = store.create(Jobs.on("download"), 1_000).id();

        assertThat(store.claimable(Set.of("download"), 999, 10)).isEmpty();
        assertThat(store.claimable(Set.of("download"), 1_000, 10)).containsExactly(id);
    }

    @Test
    void claimableOnlyOffersJobsOfTheGivenChannels() {
        long download = store.create(Jobs.on("download"), 1_000).id();
        store.create(Jobs.on("s3"), 1_000);
        long ftp = store.create(Jobs.on("ftp"), 1_000).id();

        assertThat(store.claimable(Set.of("download", "ftp", "absent"), 2_000, 10)).containsExactly(download, ftp);
        assertThat(store.claimable(Set.of(), 2_000, 10)).isEmpty();
    }

    @Test
    void claimableOffersTheOldestFirstAndAtMostMax() {
        List<Long> ids = LongStream.range(0, 5).mapToObj(i -> store.create(Jobs.on("download"), 1_000).id()).toList();

        assertThat(store.claimable(Set.of("download"), 2_000, 3)).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(store.claimable(Set.of("download"), 2_000, 0)).isEmpty();
    }

    @Test
    void claimableSkipsJobsThatAreNotQueued() {
        long running = store.create(Jobs.on("download"), 1_000).id();
        long finished = store.create(Jobs.on("download"), 1_000).id();
        long queued = store.create(Jobs.on("download"), 1_000).id();
        store.claim(running, HOST, 1_000, 60_000);
        store.claim(finished, HOST, 1_000, 60_000);
        store.finish(finished, HOST, "", 1_000);

        assertThat(store.claimable(Set.of("download"), 2_000, 10)).containsExactly(queued);
    }

    @Test
    void listAndCountKeepToTheOrganization() {
        long mine = store.create(Jobs.of("default", "download"), 1_000).id();
        store.create(Jobs.of("other", "download"), 1_000);

        assertThat(ids(store.list(query("default", null, null, 0, 100)))).containsExactly(mine);
        assertThat(store.count(query("default", null, null, 0, 100))).isEqualTo(1);
        assertThat(store.list(query("nobody", null, null, 0, 100))).isEmpty();
        assertThat(store.count(query("nobody", null, null, 0, 100))).isZero();
    }

    @Test
    void listAndCountFilterByTypeAndStatus() {
        long downloadQueued = store.create(Jobs.on("download"), 1_000).id();
        long downloadRunning = store.create(Jobs.on("download"), 1_000).id();
        long s3Running = store.create(Jobs.on("s3"), 1_000).id();
        store.claim(downloadRunning, HOST, 1_000, 60_000);
        store.claim(s3Running, HOST, 1_000, 60_000);
        String download = Job.typeOf("download");

        assertThat(ids(store.list(query("default", download, null, 0, 100)))).containsExactly(downloadQueued,
                downloadRunning);
        assertThat(ids(store.list(query("default", null, JobStatus.RUNNING, 0, 100)))).containsExactly(downloadRunning,
                s3Running);
        assertThat(ids(store.list(query("default", download, JobStatus.RUNNING, 0, 100)))).containsExactly(downloadRunning);
        assertThat(store.count(query("default", download, null, 0, 100))).isEqualTo(2);
        assertThat(store.count(query("default", null, JobStatus.RUNNING, 0, 100))).isEqualTo(2);
        assertThat(store.count(query("default", download, JobStatus.FAILED, 0, 100))).isZero();
    }

    @Test
    void listPagesInIdOrderAndCountIgnoresPaging() {
        List<Long> ids = LongStream.range(0, 7).mapToObj(i -> store.create(Jobs.on("download"), 1_000).id()).toList();

        assertThat(ids(store.list(query("default", null, null, 2, 3)))).containsExactlyElementsOf(ids.subList(2, 5));
        assertThat(ids(store.list(query("default", null, null, 5, 3)))).containsExactlyElementsOf(ids.subList(5, 7));
        assertThat(store.list(query("default", null, null, 7, 3))).isEmpty();
        assertThat(store.count(query("default", null, null, 5, 1))).isEqualTo(7);
    }

    @Test
    void listWithLimitZeroReturnsNoRows() {
        store.create(Jobs.on("download"), 1_000);
        store.create(Jobs.on("download"), 1_000);

        assertThat(store.list(query("default", null, null, 0, 0))).isEmpty();
    }

    private static JobQuery query(String org, String type, JobStatus status, int offset, int limit) {
        return new JobQuery(org, Optional.ofNullable(type), Optional.ofNullable(status), offset, limit);
    }

    private static List<Long> ids(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }
}
