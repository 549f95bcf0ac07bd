package org.syndicast.distribution.api.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;
import org.syndicast.distribution.api.Job;

/**
 * Waiting for a job without polling it. The core provides it; a waiting caller holds no thread. A job changed
 * on this node is seen at once; one changed by another node sharing the database within the core's check
 * interval (a fraction of a second).
 */
@ProviderType
public interface JobWaiter {

    /**
     * The job as soon as it is terminal or its version differs from the one it had when this was called, or as
     * it is after {@code max} (capped by the core's {@code job.wait.max.seconds}). A job that is terminal
     * already, or a {@code max} of zero, completes at once.
     *
     * @return completes with the job, or empty when there is no such job in {@code organization}; completes
     *         exceptionally when the database cannot be read or the core stops meanwhile
     */
    CompletionStage<Optional<Job>> await(String organization, long id, Duration max);

    /** The longest wait {@link #await} honours now. */
    Duration maxWait();
}
