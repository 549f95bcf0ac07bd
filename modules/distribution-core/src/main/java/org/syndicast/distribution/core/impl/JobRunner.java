package org.syndicast.distribution.core.impl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.xml.ElementListXml;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.jobs.JobEvents;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.core.impl.persistence.JobStore;

/**
 * Runs one claimed job to its outcome and records it: FINISHED with the element list, back in the queue
 * after a backoff for a transient failure, or FAILED with a readable reason.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final String TYPE_PREFIX = Job.typeOf("");
    /** The failure of a distribution whose media package was retracted while it waited or ran. */
    static final String RETRACTED = "MEDIA_PACKAGE_RETRACTED: the media package was retracted while the job waited or ran";

    private final JobStore store;
    private final BiFunction<String, String, Optional<DistributionService>> channels;
    private final Settings settings;
    private final CommandExecutor executor;
    private final JobEvents events;

    /** {@code channels} finds the service of a channel and target, when present now. */
    JobRunner(JobStore store, BiFunction<String, String, Optional<DistributionService>> channels, Settings settings,
            CommandExecutor executor) {
        this(store, channels, settings, executor, new JobEvents() { });
    }

    /** The same, telling {@code events} of every attempt. */
    JobRunner(JobStore store, BiFunction<String, String, Optional<DistributionService>> channels, Settings settings,
            CommandExecutor executor, JobEvents events) {
        this.store = store;
        this.channels = channels;
        this.settings = settings;
        this.executor = executor;
        this.events = events;
    }

    static String channelOf(Job job) {
        return job.type().startsWith(TYPE_PREFIX) ? job.type().substring(TYPE_PREFIX.length()) : job.type();
    }

    void run(Job job) {
        // the host it was claimed as: server.url may have changed since
        String host = job.processingHost() != null ? job.processingHost() : settings.serverUrl();
        String channel = channelOf(job);
        Optional<DistributionService> service = channels.apply(channel, job.target());
        if (service.isEmpty()) { // the channel or its target went away after the claim: the job waits for it
            store.release(job.id(), host);
            return;
        }
        long t0 = System.nanoTime();
        events.started(job);
        long[] bytes = { 0 };
        JobStatus outcome = JobStatus.FAILED;
        try {
            outcome = attempt(job, host, channel, service.get(), bytes);
        } finally {
            events.ended(job, outcome, Duration.ofNanos(System.nanoTime() - t0), outcome == JobStatus.FINISHED ? bytes[0] : 0);
        }
    }

    /** Runs one attempt and answers how it ended: FINISHED, FAILED, or QUEUED for a retry. */
    private JobStatus attempt(Job job, String host, String channel, DistributionService service, long[] bytes) {
        try {
            if (JobArgs.RETRACT.equals(job.operation())) {
                List<MediaPackageElement> result = executor.retract(service, JobArgs.command(job, channel));
                store.finish(job.id(), host, ElementListXml.write(result), System.currentTimeMillis(), job.attempts());
                return JobStatus.FINISHED;
            }
            return distribute(job, host, channel, service, bytes);
        } catch (DistributionException e) {
            String reason = e.code() + ": " + e.getMessage();
            if (e.retryable() && job.attempts() < settings.maxAttempts()) {
                long delay = settings.backoffAfter(job.attempts());
                LOG.info("Job {} attempt {} of {} failed, retrying in {} ms: {}", job.id(), job.attempts(),
                        settings.maxAttempts(), delay, reason);
                store.retryLater(job.id(), host, reason + " (attempt " + job.attempts() + ", retrying)",
                        System.currentTimeMillis() + delay, job.attempts());
                return JobStatus.QUEUED;
            } else {
                LOG.warn("Job {} failed after {} attempt(s): {}", job.id(), job.attempts(), reason);
                store.fail(job.id(), host, reason + " (after " + job.attempts() + " attempt(s))", System.currentTimeMillis(),
                        job.attempts());
                return JobStatus.FAILED;
            }
        } catch (InvalidInputException e) {
            store.fail(job.id(), host, e.code() + ": " + e.getMessage(), System.currentTimeMillis(), job.attempts());
            return JobStatus.FAILED;
        } catch (RuntimeException e) {
            LOG.error("Job {} failed unexpectedly", job.id(), e);
            store.fail(job.id(), host, "INTERNAL_ERROR: " + e, System.currentTimeMillis(), job.attempts());
            return JobStatus.FAILED;
        }
    }

    /**
     * Places the elements, then finishes the job and records its publications in one transaction; when the
     * media package was retracted everywhere meanwhile, takes back what it placed and FAILS instead, so that
     * nothing stays published of a retracted package.
     */
    private JobStatus distribute(Job job, String host, String channel, DistributionService service, long[] bytes)
            throws DistributionException {
        DistributionCommand command = JobArgs.command(job, channel);
        List<MediaPackageElement> placed = executor.place(service, command, n -> bytes[0] += n);
        JobStore.Finish outcome = store.finishDistribution(job.id(), host, job.attempts(), ElementListXml.write(placed),
                System.currentTimeMillis(), executor.recording(command, placed));
        switch (outcome) {
        case FINISHED -> {
            return JobStatus.FINISHED;
        }
        case WITHDRAWN -> {
            List<MediaPackageElement> left = executor.takeBack(service, command, placed);
            LOG.info("Job {}: media package {} was retracted while it ran; took back {} of {} element(s)", job.id(),
                    command.mediaPackage().id(), placed.size() - left.size(), placed.size());
            store.fail(job.id(), host, RETRACTED + (left.isEmpty() ? "; nothing it placed stays published"
                    : "; could not take back " + left.stream().map(MediaPackageElement::id).toList()
                    + ", which stay in the publications to retract"), System.currentTimeMillis(), job.attempts());
            return JobStatus.FAILED;
        }
        case LOST -> {
            executor.record(command, placed); // another attempt owns the job; what is placed is recorded
            return JobStatus.FAILED;
        }
        default -> throw new IllegalStateException(outcome.name());
        }
    }
}
