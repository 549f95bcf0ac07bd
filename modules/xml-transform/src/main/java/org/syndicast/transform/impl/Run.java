package org.syndicast.transform.impl;

/** The cancellation flag of one sandbox run, for work that can look at it. */
final class Run {
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Throws {@link Cancelled} once the run is past its time. */
    void checkCancelled() {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    /** Thrown inside a run that was cancelled. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the run was stopped at its time limit", null, false, false);
        }
    }
}
