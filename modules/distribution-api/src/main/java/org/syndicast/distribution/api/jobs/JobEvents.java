package org.syndicast.distribution.api.jobs;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

/**
 * What the core's jobs do on this node, told to every service of this type (a whiteboard), for metrics and the
 * like. Called in the core's threads, after the change is committed: an implementation must return quickly and
 * not throw (what it throws is logged and ignored; the job goes on).
 */
@ConsumerType
public interface JobEvents {

    /** A job was queued through this node. */
    default void queued(Job job) {
    }

    /** A worker of this node started an attempt of {@code job}. */
    default void started(Job job) {
    }

    /**
     * An attempt that {@link #started} ended: {@code outcome} is FINISHED, FAILED, or QUEUED when it will be retried
     * (or was given back because its channel went away); {@code bytes} the sizes of the elements it placed, as far
     * as they are known (0 for retractions and failures).
     */
    default void ended(Job job, JobStatus outcome, Duration took, long bytes) {
    }
}
