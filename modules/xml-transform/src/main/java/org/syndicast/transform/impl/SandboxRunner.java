package org.syndicast.transform.impl;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.transform.Limits;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;

/**
 * Runs hostile work (a transformation, a validation, a match) on a bounded pool of worker threads with a
 * bounded stack, and stops it at its time limit. Concurrency contract: the caller waits for its run; at the
 * deadline (or once its worker has allocated more than the allocation limit: the waiting caller looks every
 * 10 ms) the run is cancelled (work that checks {@link Run#checkCancelled()} stops by itself: the output
 * stream, the regex input), its thread interrupted and, if it is still running after a short grace, stopped
 * with {@code Thread.stop} (XSLTC never looks at interrupts; Java 17 still supports it). A worker that was
 * stopped dies and the pool starts a fresh one. On a JDK without {@code Thread.stop} the run is abandoned:
 * the caller gets its answer, the thread keeps burning until it ends. A {@link StackOverflowError} stays on the
 * worker and becomes {@link Kind#RECURSION_LIMIT}. {@link #reconfigure} swaps the pool; runs already started
 * finish on the old one.
 */
final class SandboxRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxRunner.class);
    private static final long GRACE_MS = 100;
    private static final long POLL_MS = 10;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Work done on a sandbox worker. */
    interface Work<T> {
        T run(Run run) throws Exception;
    }

    private volatile ThreadPoolExecutor pool;
    /** Admission: one permit per worker and per queue place; a run holds one until its work has ended. */
    private volatile Semaphore admission;
    private volatile SandboxSettings settings;

    SandboxRunner(SandboxSettings settings) {
        this.settings = settings;
        this.pool = newPool(settings);
        this.admission = new Semaphore(settings.workers() + settings.queue());
    }

    SandboxSettings settings() {
        return settings;
    }

    synchronized void reconfigure(SandboxSettings next) {
        SandboxSettings previous = settings;
        settings = next;
        if (previous.workers() != next.workers() || previous.queue() != next.queue()
                || previous.stackKib() != next.stackKib()) {
            ThreadPoolExecutor old = pool;
            pool = newPool(next);
            admission = new Semaphore(next.workers() + next.queue());
            old.shutdown();
        }
    }

    /**
     * Runs {@code work} on a worker within {@code limits}' time; the work's own exceptions come back as they
     * are when they are {@link TransformException}s, wrapped by {@code failure} otherwise.
     */
    <T> T run(Limits limits, Work<T> work, FailureMapper failure) throws TransformException {
        ThreadPoolExecutor executor = pool;
        Semaphore permits = admission;
        if (executor.isShutdown()) {
            throw new TransformException(Kind.UNAVAILABLE, "the transformation service is stopped");
        }
        if (!permits.tryAcquire()) {
            throw new TransformException(Kind.UNAVAILABLE, "every transformation worker is busy; try again");
        }
        Run run = new Run();
        Task<T> task = new Task<>(run, work, permits);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            permits.release();
            throw new TransformException(Kind.UNAVAILABLE, "the transformation service is stopped");
        }
        long millis = limits.time().toMillis();
        Outcome outcome = await(task, millis, settings.allocationBytes());
        if (outcome != Outcome.FINISHED) {
            stop(task);
            throw outcome == Outcome.TOO_LONG
                    ? new TransformException(Kind.TIME_LIMIT, "stopped after the time limit of " + millis + " ms")
                    : new TransformException(Kind.MEMORY_LIMIT, "stopped: it allocated more than the limit of "
                            + settings.allocationBytes() + " bytes");
        }
        if (task.error instanceof StackOverflowError) {
            throw new TransformException(Kind.RECURSION_LIMIT,
                    "stopped: recursion deeper than the sandbox's stack allows (endless recursion?)");
        }
        if (task.error instanceof TransformException e) {
            throw e;
        }
        if (task.error != null) {
            if (run.cancelled()) {
                throw new TransformException(Kind.TIME_LIMIT, "stopped after the time limit of " + millis + " ms");
            }
            throw failure.map(task.error);
        }
        return task.result;
    }

    /** Turns a failure of the work into the caller's {@link TransformException}. */
    interface FailureMapper {
        TransformException map(Throwable failure);
    }

    private enum Outcome { FINISHED, TOO_LONG, TOO_MUCH_MEMORY }

    /**
     * Waits for the run, looking every {@link #POLL_MS} at what its worker has allocated: the waiting caller is
     * the watchdog, so a run that ends at once costs no polling at all.
     */
    private static Outcome await(Task<?> task, long millis, long allocationLimit) throws TransformException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return task.done.getCount() == 0 ? Outcome.FINISHED : Outcome.TOO_LONG;
                }
                if (task.done.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MS)), TimeUnit.NANOSECONDS)) {
                    return Outcome.FINISHED;
                }
                if (task.allocatedSince() > allocationLimit) {
                    return Outcome.TOO_MUCH_MEMORY;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(task);
            throw new TransformException(Kind.UNAVAILABLE, "interrupted while waiting for the transformation");
        }
    }

    private static void stop(Task<?> task) {
        task.run.cancel();
        Thread worker = task.worker;
        if (worker != null) {
            worker.interrupt();
        }
        try {
            if (task.done.await(GRACE_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread stopped;
        synchronized (task) {
            if (task.finished || task.worker == null) {
                return;
            }
            stopped = task.worker;
            kill(stopped);
        }
        try {
            stopped.join(GRACE_MS);   // once it has ended, the pool has its replacement: the next run finds a worker
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void kill(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            LOG.warn("Thread.stop is not supported by this JDK: abandoned sandbox worker {} keeps running until it ends",
                    worker.getName());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadPoolExecutor newPool(SandboxSettings settings) {
        long stackBytes = settings.stackKib() * 1024L;
        ThreadFactory threads = r -> {
            Thread t = new Thread(null, r, "syndicast-xml-sandbox-" + THREADS.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            // XSLTC loads its generated translets through the context class loader: the JDK's, never a bundle's
            t.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            return t;
        };
        // the queue is unbounded here: admission (workers + queue permits) bounds what reaches it
        ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** One submitted run: its result, and what the stopper needs to know about the worker. */
    private static final class Task<T> implements Runnable {
        final Run run;
        final Work<T> work;
        final Semaphore permits;
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        volatile Thread worker;
        volatile long allocatedAtStart;
        volatile boolean finished;
        volatile T result;
        volatile Throwable error;

        Task(Run run, Work<T> work, Semaphore permits) {
            this.run = run;
            this.work = work;
            this.permits = permits;
        }

        /** Bytes the worker has allocated since this run started; 0 before it starts and after it ends. */
        long allocatedSince() {
            Thread current = worker;
            return current == null ? 0 : AllocationMeter.allocated(current) - allocatedAtStart;
        }

        @Override
        public void run() {
            if (run.cancelled()) {
                permits.release();
                done.countDown();
                return;
            }
            allocatedAtStart = AllocationMeter.allocated(Thread.currentThread());
            worker = Thread.currentThread();
            try {
                result = work.run(run);
            } catch (ThreadDeath death) {
                throw death;   // stopped: this worker dies, the pool starts a fresh one
            } catch (Throwable t) {
                error = t;      // StackOverflowError included: the stack has unwound, the thread is sound
            } finally {
                synchronized (this) {
                    finished = true;
                    worker = null;
                }
                Thread.interrupted();
                permits.release();
                done.countDown();
            }
        }
    }
}
