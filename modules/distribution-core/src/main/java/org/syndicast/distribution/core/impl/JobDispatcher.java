package org.syndicast.distribution.core.impl;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.core.impl.persistence.JobStore;

/**
 * Takes due jobs from the database and runs them on a bounded pool. One poller thread claims jobs (a
 * conditional update, so each attempt runs once across all nodes) whenever a worker is free, when woken by a
 * new job or a returning channel or target, and at least every poll interval. It renews the leases of the jobs it runs
 * and hands back jobs whose node stopped renewing theirs. Settings change live: {@link #update} resizes the
 * pool without stopping a job.
 */
final class JobDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    private final JobStore store;
    /** The targets present now, by channel: only their jobs are claimed. */
    private final Supplier<Map<String, Set<String>>> channels;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger busy = new AtomicInteger();
    /** Running job ids and the host each was claimed as. */
    private final Map<Long, String> running = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private final Thread poller;
    private volatile Settings settings;
    private volatile JobRunner runner;
    private volatile boolean woken;
    private volatile boolean stopped;
    private long nextMaintenance;

    JobDispatcher(JobStore store, JobRunner runner, Supplier<Map<String, Set<String>>> channels, Settings settings) {
        this.store = store;
        this.runner = runner;
        this.channels = channels;
        this.settings = settings;
        this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "syndicast-job-worker");
                    t.setDaemon(true);
                    return t;
                });
        this.poller = new Thread(this::loop, "syndicast-job-poller");
        this.poller.setDaemon(true);
    }

    void start() {
        // only jobs a previous JVM claimed: a restarted component of this JVM may still be running its own
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int recovered = store.recover(settings.serverUrl(), jvmStart);
        if (recovered > 0) {
            LOG.info("Requeued {} job(s) this node was running when it stopped", recovered);
        }
        poller.start();
    }

    /** New settings and the runner made from them; running jobs finish as they started. */
    void update(Settings next, JobRunner nextRunner) {
        int workers = next.workers();
        if (workers > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(workers);
            pool.setCorePoolSize(workers);
        } else {
            pool.setCorePoolSize(workers);
            pool.setMaximumPoolSize(workers);
        }
        this.runner = nextRunner;
        this.settings = next;
        wakeUp();
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
        // closes an embedded database. Jobs still running after the grace period finish in their threads.
        try {
            poller.join(10_000); // no claim may happen after the pool stops taking work
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Jobs still running after 10 s; they finish in the background: {}", running.keySet());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                maintain();
                if (!claimSome()) {
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
        Settings current = settings;
        int free = current.workers() - busy.get();
        if (free <= 0) {
            return false;
        }
        long now = System.currentTimeMillis();
        List<Long> ids = store.claimable(channels.get(), now, free);
        for (Long id : ids) {
            if (stopped || busy.incrementAndGet() > current.workers()) {
                busy.decrementAndGet();
                return false;
            }
            Optional<Job> job = store.claim(id, current.serverUrl(), now, now + current.leaseMs());
            if (job.isEmpty()) {
                busy.decrementAndGet();
            } else if (!hand(job.get(), current.serverUrl())) {
                return false;
            }
        }
        return ids.size() == free && busy.get() < settings.workers();
    }

    /** Gives a claimed job to a worker; when the pool is shutting down, gives the job back to the queue. */
    private boolean hand(Job job, String host) {
        running.put(job.id(), host);
        try {
            pool.execute(() -> run(job));
            return true;
        } catch (RejectedExecutionException e) {
            running.remove(job.id());
            busy.decrementAndGet();
            store.release(job.id(), host);
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
            busy.decrementAndGet();
            wakeUp();
        }
    }

    private void maintain() {
        long now = System.currentTimeMillis();
        Settings current = settings;
        if (now < nextMaintenance) {
            return;
        }
        nextMaintenance = now + current.leaseMs() / 3;
        Map<String, Set<Long>> byHost = running.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        byHost.forEach((host, ids) -> store.renewLeases(host, ids, now, now + current.leaseMs()));
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
