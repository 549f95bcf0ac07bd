package org.syndicast.system.health.impl;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a probe that may block (a connection pool waiting for a database that is gone) on its own daemon thread
 * and waits for it a bounded time. At most one probe runs at a time: a caller that comes while the last one
 * still hangs waits for that one instead of starting another, so a dead database never piles up threads.
 */
final class BoundedProbe<T> implements AutoCloseable {
    private final ExecutorService thread;
    private Future<T> running;

    BoundedProbe(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The probe's answer, or empty when it did not answer within {@code patience}.
     *
     * @throws ExecutionException what the probe threw
     */
    synchronized Optional<T> run(Callable<T> probe, Duration patience) throws ExecutionException, InterruptedException {
        if (running == null || running.isDone()) {
            running = thread.submit(probe);
        }
        try {
            return Optional.of(running.get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
