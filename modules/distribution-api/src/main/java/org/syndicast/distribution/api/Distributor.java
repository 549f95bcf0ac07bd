package org.syndicast.distribution.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The distribution core as the dialects see it: validates a command completely (so no job is queued that
 * is doomed), then either queues a job or runs it at once, and answers questions about jobs.
 */
public interface Distributor {

    /** The channels whose bundles are present now. */
    Set<String> channels();

    /**
     * Queues a distribution job and returns it in status QUEUED.
     *
     * @throws InvalidInputException for an unknown element, a source that is not allowed or missing, ...
     * @throws ChannelUnavailableException when the channel is not installed
     */
    Job distribute(DistributionCommand command);

    /** Distributes now in the caller's thread and returns the distributed elements. */
    List<MediaPackageElement> distributeSync(DistributionCommand command) throws DistributionException;

    /** Queues a retraction job. */
    Job retract(DistributionCommand command);

    /** Retracts now and returns the retracted elements. */
    List<MediaPackageElement> retractSync(DistributionCommand command) throws DistributionException;

    /** What is published now of this media package, on every channel, in this organization. */
    List<PublishedElement> publications(String organization, String mediaPackageId);

    /**
     * Queues the retraction of everything published of this media package, one job per channel and
     * publication channel, also for channels whose bundle is absent now (those jobs wait for it).
     *
     * @return the queued jobs; empty when nothing is published
     */
    List<Job> retractEverywhere(String organization, String creator, String mediaPackageId);

    /** The job with this id, if it exists and belongs to {@code organization}. */
    Optional<Job> job(String organization, long id);

    /** Jobs matching the query, oldest first. */
    List<Job> jobs(JobQuery query);

    /** How many jobs match the query, ignoring its paging. */
    long count(JobQuery query);
}
