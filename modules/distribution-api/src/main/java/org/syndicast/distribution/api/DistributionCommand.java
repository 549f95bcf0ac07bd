package org.syndicast.distribution.api;

import java.util.List;
import java.util.Objects;

import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * One request to distribute or retract elements of a media package through one channel.
 *
 * @param channel           the channel, e.g. {@code download}
 * @param organization      the caller's tenant
 * @param creator           the caller's user name
 * @param channelId         the publication channel, e.g. {@code engage-player}; one path segment
 * @param mediaPackage      the parsed media package
 * @param elementIds        the ids of the elements to act on, in request order, without duplicates
 * @param checkAvailability confirm each published element answers before finishing
 * @param preserveReference keep the elements' {@code ref} attribute
 * @param target            the channel's target, e.g. {@code partner-a}; null means the channel's default target
 */
public record DistributionCommand(String channel, String organization, String creator, String channelId,
        MediaPackage mediaPackage, List<String> elementIds, boolean checkAvailability, boolean preserveReference,
        String target) {

    public DistributionCommand {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(mediaPackage, "mediaPackage");
        elementIds = List.copyOf(elementIds);
        if (ChannelTargets.DEFAULT_TARGET.equals(target)) {
            target = null;
        }
        if (target != null) {
            ChannelTargets.requireName(target);
        }
    }

    /** A command for the channel's default target. */
    public DistributionCommand(String channel, String organization, String creator, String channelId,
            MediaPackage mediaPackage, List<String> elementIds, boolean checkAvailability, boolean preserveReference) {
        this(channel, organization, creator, channelId, mediaPackage, elementIds, checkAvailability, preserveReference,
                null);
    }

    /** The target's name, {@value ChannelTargets#DEFAULT_TARGET} for the default one. */
    public String targetName() {
        return target == null ? ChannelTargets.DEFAULT_TARGET : target;
    }

    /** The same command for another target of the same channel (null: the default one). */
    public DistributionCommand withTarget(String otherTarget) {
        return new DistributionCommand(channel, organization, creator, channelId, mediaPackage, elementIds,
                checkAvailability, preserveReference, otherTarget);
    }
}
