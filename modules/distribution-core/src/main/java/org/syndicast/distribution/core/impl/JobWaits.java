package org.syndicast.distribution.core.impl;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.core.impl.persistence.JobState;

/**
 * Callers waiting for jobs to move. Concurrency: waiters live in a concurrent map by job id; one timer thread
 * does every database read (a change heard from this node's store, the periodic batch check that sees other
 * nodes' changes, a deadline) and completes the futures, so no caller's or worker's thread ever blocks here.
 * A waiter completes exactly once: whoever removes it from the map completes it.
 */
final class JobWaits implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobWaits.class);

    /** A job's version at the start of the wait, the future to complete, and its deadline. */
    private static final class Waiter {
        final long version;
        final CompletableFuture<Optional<Job>> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> deadline;

        Waiter(long version) {
            this.version = version;
        }
    }

    private final Map<Long, Set<Waiter>> waiters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final LongFunction<Optional<Job>> find;
    private final java.util.function.Function<Collection<Long>, Map<Long, JobState>> states;
    private volatile Duration max;

    /**
     * @param find   reads one job by id
     * @param states reads versions and statuses of many jobs in one go
     * @param checkEvery how often the waited jobs are looked at for changes made by other nodes
     */
    JobWaits(LongFunction<Optional<Job>> find, java.util.function.Function<Collection<Long>, Map<Long, JobState>> states,
            Duration max, Duration checkEvery) {
        this.find = find;
        this.states = states;
        this.max = max;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "syndicast-job-waits");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, checkEvery.toMillis());
        timer.scheduleWithFixedDelay(this::checkAll, every, every, TimeUnit.MILLISECONDS);
    }

    Duration max() {
        return max;
    }

    void max(Duration next) {
        this.max = next;
    }

    /** The waited job in {@code organization}; see {@code JobWaiter.await}. */
    CompletionStage<Optional<Job>> await(String organization, long id, Duration wanted) {
        Optional<Job> now = find.apply(id).filter(j -> j.organization().equals(organization));
        Duration wait = wanted.compareTo(max) > 0 ? max : wanted;
        if (now.isEmpty() || now.get().status().isTerminal() || wait.isZero() || wait.isNegative()) {
            return CompletableFuture.completedFuture(now);
        }
        Waiter w = new Waiter(now.get().version());
        waiters.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(w);
        try {
            w.deadline = timer.schedule(() -> complete(id, w, null), wait.toMillis(), TimeUnit.MILLISECONDS);
            timer.execute(() -> check(List.of(id))); // it may have moved between the read and the registration
        } catch (RejectedExecutionException e) { // closing
            remove(id, w);
            return CompletableFuture.completedFuture(now);
        }
        return w.future;
    }

    /** This node changed job {@code id}: its waiters, if any, hear of it at once. */
    void changed(long id) {
        if (waiters.containsKey(id)) {
            try {
                timer.execute(() -> check(List.of(id)));
            } catch (RejectedExecutionException e) {
                // closing: close() completes every waiter
            }
        }
    }

    int waiting() {
        return waiters.values().stream().mapToInt(Set::size).sum();
    }

    private void checkAll() {
        if (!waiters.isEmpty()) {
            check(List.copyOf(waiters.keySet()));
        }
    }

    private void check(Collection<Long> ids) {
        try {
            Map<Long, JobState> now = states.apply(ids);
            for (Long id : ids) {
                JobState s = now.get(id);
                for (Waiter w : waiters.getOrDefault(id, Set.of())) {
                    if (s == null || s.status().isTerminal() || s.version() != w.version) {
                        complete(id, w, null);
                    }
                }
            }
        } catch (RuntimeException e) { // the database is away: keep waiting, the deadline still answers
            LOG.debug("Could not look at waited jobs: {}", e.toString());
        }
    }

    /** Completes {@code w} with the job as it is now, unless someone else completed it first. */
    private void complete(long id, Waiter w, Throwable failure) {
        if (!remove(id, w)) {
            return;
        }
        ScheduledFuture<?> d = w.deadline;
        if (d != null) {
            d.cancel(false);
        }
        if (failure != null) {
            w.future.completeExceptionally(failure);
            return;
        }
        try {
            w.future.complete(find.apply(id));
        } catch (RuntimeException e) {
            w.future.completeExceptionally(e);
        }
    }

    private boolean remove(long id, Waiter w) {
        boolean[] removed = { false };
        waiters.computeIfPresent(id, (k, set) -> {
            removed[0] = set.remove(w);
            return set.isEmpty() ? null : set;
        });
        return removed[0];
    }

    /** Stops the timer; every waiter still waiting fails with {@code IllegalStateException} (the core stops). */
    @Override
    public void close() {
        timer.shutdownNow();
        IllegalStateException stopped = new IllegalStateException("The distribution core is stopping");
        waiters.forEach((id, set) -> List.copyOf(set).forEach(w -> complete(id, w, stopped)));
    }
}
