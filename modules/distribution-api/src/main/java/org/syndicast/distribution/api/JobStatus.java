package org.syndicast.distribution.api;

/** Job statuses, in Opencast's order (the order is part of the contract). */
public enum JobStatus {
    QUEUED, PAUSED, RUNNING, FINISHED, FAILED, DELETED, INSTANTIATED, DISPATCHING, RESTART, CANCELLED, WAITING;

    /** Whether a job in this status will never change again. */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == CANCELLED || this == DELETED;
    }
}
