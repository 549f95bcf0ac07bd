package org.syndicast.distribution.core.impl.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

/** Two nodes (two persistence units on one database file) race for the same jobs. */
class JobStoreConcurrencyTest {
    private static final int JOBS = 300;
    private static final int THREADS_PER_NODE = 8;

    @TempDir
    Path dir;

    @Test
    void claimIsExclusiveAcrossTwoStores() throws Exception {
        try (H2Database nodeA = H2Database.file(dir); H2Database nodeB = nodeA.another()) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                ids.add(nodeA.store().create(Jobs.on("download"), 1_000).id());
            }
            Map<Long, List<String>> claims = new ConcurrentHashMap<>();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
                JobStore store = t % 2 == 0 ? nodeA.store() : nodeB.store();
                String host = "http://node-" + t;
                workers.add(pool.submit(() -> claimAll(store, host, start, claims, errors)));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (Future<?> w : workers) {
                w.get();
            }

            assertThat(errors).isEmpty();
            assertThat(claims.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(claims).allSatisfy((id, hosts) -> assertThat(hosts).as("claims of job %s", id).hasSize(1));
            assertThat(claims.values().stream().map(h -> h.get(0)).distinct().count())
                    .as("the work was shared out").isGreaterThan(1);
            for (long id : ids) {
                Job job = nodeB.store().find(id).orElseThrow();
                assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
                assertThat(job.attempts()).isEqualTo(1);
                assertThat(job.processingHost()).isEqualTo(claims.get(id).get(0));
            }
        }
    }

    private static void claimAll(JobStore store, String host, CountDownLatch start, Map<Long, List<String>> claims,
            List<Throwable> errors) {
        try {
            start.await();
            while (true) {
                List<Long> due = store.claimable(Set.of("download"), 2_000, 20);
                if (due.isEmpty()) {
                    return;
                }
                for (long id : due) {
                    store.claim(id, host, 2_000, 60_000)
                            .ifPresent(job -> claims.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(host));
                }
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }
}
