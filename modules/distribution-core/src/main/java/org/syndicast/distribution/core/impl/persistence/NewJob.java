package org.syndicast.distribution.core.impl.persistence;

import java.util.List;

import org.syndicast.distribution.api.target.ChannelTargets;

/** What a new job row is made from; {@code target} null is the channel's default target. */
public record NewJob(String type, String channel, String creator, String organization, String operation,
        List<String> args, String createdHost, String target) {

    public NewJob {
        target = target == null ? ChannelTargets.DEFAULT_TARGET : target;
    }

    /** A job of the channel's default target. */
    public NewJob(String type, String channel, String creator, String organization, String operation,
            List<String> args, String createdHost) {
        this(type, channel, creator, organization, operation, args, createdHost, null);
    }
}
