package org.syndicast.distribution.core.impl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.core.impl.persistence.JobStore;

/**
 * Takes due jobs from the database and runs them on a bounded pool. One poller thread claims jobs (a
 * conditional update, so each attempt runs once across all nodes) whenever a worker is free, when woken by a
 * new job or a returning channel, and at least every poll interval. It renews the leases of the jobs it runs
 * and hands back jobs whose node stopped renewing theirs.
 */
final class JobDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    private final JobStore store;
    private final JobRunner runner;
    private final Supplier<Set<String>> channels;
    private final Settings settings;
    private final ExecutorService pool;
    private final Semaphore permits;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private final Thread poller;
    private volatile boolean woken;
    private volatile boolean stopped;
    private long nextMaintenance;

    JobDispatcher(JobStore store, JobRunner runner, Supplier<Set<String>> channels, Settings settings) {
        this.store = store;
        this.runner = runner;
        this.channels = channels;
        this.settings = settings;
        this.permits = new Semaphore(settings.workers());
        this.pool = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "syndicast-job-worker");
            t.setDaemon(true);
            return t;
        });
        this.poller = new Thread(this::loop, "syndicast-job-poller");
        this.poller.setDaemon(true);
    }

    void start() {
        int recovered = store.recover(settings.serverUrl());
        if (recovered > 0) {
            LOG.info("Requeued {} job(s) this node was running when it stopped", recovered);
        }
        poller.start();
    }

    /** Asks the poller to look at the queue now. */
    void wakeUp() {
        woken = true;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void stop() {
        stopped = true;
        wakeUp();
        // No interrupts: a worker or the poller may be inside a database call, and an interrupted file channel
        // closes an embedded database. Jobs still running after the grace period go back to the queue through
        // recovery at the next start or their lease.
        try {
            poller.join(10_000); // no claim may happen after the pool stops taking work
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Jobs still running after 10 s; they will be requeued: {}", running);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                maintain();
                boolean more = claimSome();
                if (!more) {
                    await();
                }
            } catch (RuntimeException e) {
                LOG.warn("Job poller could not reach the database: {}", e.toString());
                await();
            }
        }
    }

    /** Claims as many due jobs as there are free workers; true when there may be more right away. */
    private boolean claimSome() {
        int free = permits.availablePermits();
        if (free == 0) {
            return false;
        }
        long now = System.currentTimeMillis();
        List<Long> ids = store.claimable(channels.get(), now, free);
        for (Long id : ids) {
            if (stopped || !permits.tryAcquire()) {
                return false;
            }
            Optional<Job> job = store.claim(id, settings.serverUrl(), now, now + settings.leaseMs());
            if (job.isEmpty()) {
                permits.release();
            } else if (!hand(job.get())) {
                return false;
            }
        }
        return ids.size() == free && permits.availablePermits() > 0;
    }

    /** Gives a claimed job to a worker; when the pool is shutting down, gives the job back to the queue. */
    private boolean hand(Job job) {
        running.add(job.id());
        try {
            pool.execute(() -> run(job));
            return true;
        } catch (RejectedExecutionException e) {
            running.remove(job.id());
            permits.release();
            store.release(job.id(), settings.serverUrl());
            return false;
        }
    }

    private void run(Job job) {
        try {
            runner.run(job);
        } catch (RuntimeException e) {
            LOG.error("Job {} could not be recorded; its lease will hand it back", job.id(), e);
        } finally {
            running.remove(job.id());
            permits.release();
            wakeUp();
        }
    }

    private void maintain() {
        long now = System.currentTimeMillis();
        if (now < nextMaintenance) {
            return;
        }
        nextMaintenance = now + settings.leaseMs() / 3;
        store.renewLeases(settings.serverUrl(), Set.copyOf(running), now + settings.leaseMs());
        int expired = store.expireLeases(now);
        if (expired > 0) {
            LOG.info("Requeued {} job(s) whose node stopped renewing their lease", expired);
        }
    }

    private void await() {
        synchronized (signal) {
            if (!woken && !stopped) {
                try {
                    signal.wait(settings.pollIntervalMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            woken = false;
        }
    }
}
