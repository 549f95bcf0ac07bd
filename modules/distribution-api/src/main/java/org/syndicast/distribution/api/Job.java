package org.syndicast.distribution.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * A unit of asynchronous work, as its Opencast-compatible job document shows it.
 *
 * @param id             the job id
 * @param version        bumps on every change
 * @param type           e.g. {@code org.syndicast.distribution.download}
 * @param status         where the job is
 * @param creator        the user who asked for it
 * @param organization   the tenant it belongs to
 * @param operation      {@code Distribute} or {@code Retract}
 * @param args           the arguments, in order: channelId, media package XML, element ids JSON, checkAvailability
 * @param createdHost    the server URL of the node that took the request
 * @param processingHost the server URL of the node that ran it last, or null
 * @param dateCreated    never null
 * @param dateStarted    when it first ran, or null
 * @param dateCompleted  when it reached a terminal status, or null
 * @param queueTime      ms between creation and first start, or null
 * @param runTime        ms between first start and completion, or null
 * @param payload        the element list of a finished job ({@code ###}-joined XML documents), or null
 * @param failure        why a failed job failed, readable, or null
 * @param attempts       how many times it has been started
 * @param target         the channel target it runs against; {@code default} for the channel's default target
 */
public record Job(long id, long version, String type, JobStatus status, String creator, String organization,
        String operation, List<String> args, String createdHost, String processingHost, Instant dateCreated,
        Instant dateStarted, Instant dateCompleted, Long queueTime, Long runTime, String payload, String failure,
        int attempts, String target) {

    public Job {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        args = List.copyOf(args == null ? List.of() : args);
        target = target == null ? ChannelTargets.DEFAULT_TARGET : target;
    }

    /** A job of the channel's default target. */
    public Job(long id, long version, String type, JobStatus status, String creator, String organization,
            String operation, List<String> args, String createdHost, String processingHost, Instant dateCreated,
            Instant dateStarted, Instant dateCompleted, Long queueTime, Long runTime, String payload, String failure,
            int attempts) {
        this(id, version, type, status, creator, organization, operation, args, createdHost, processingHost,
                dateCreated, dateStarted, dateCompleted, queueTime, runTime, payload, failure, attempts, null);
    }

    /** The job type of a channel's jobs: {@code org.syndicast.distribution.{channel}}. */
    public static String typeOf(String channel) {
        return "org.syndicast.distribution." + channel;
    }
}
