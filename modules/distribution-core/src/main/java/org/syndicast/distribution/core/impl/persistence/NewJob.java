package org.syndicast.distribution.core.impl.persistence;

import java.util.List;

import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * What a new job row is made from; {@code target} null is the channel's default target; {@code mediaPackageId}
 * (null when unknown) lets a retraction of the package find its distribution jobs.
 */
public record NewJob(String type, String channel, String creator, String organization, String operation,
        List<String> args, String createdHost, String target, String mediaPackageId) {

    public NewJob {
        target = target == null ? ChannelTargets.DEFAULT_TARGET : target;
    }

    /** A job without its media package noted. */
    public NewJob(String type, String channel, String creator, String organization, String operation,
            List<String> args, String createdHost, String target) {
        this(type, channel, creator, organization, operation, args, createdHost, target, null);
    }

    /** A job of the channel's default target. */
    public NewJob(String type, String channel, String creator, String organization, String operation,
            List<String> args, String createdHost) {
        this(type, channel, creator, organization, operation, args, createdHost, null, null);
    }
}
