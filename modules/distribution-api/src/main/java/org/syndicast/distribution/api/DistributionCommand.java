package org.syndicast.distribution.api;

import java.util.List;
import java.util.Objects;

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
 */
public record DistributionCommand(String channel, String organization, String creator, String channelId,
        MediaPackage mediaPackage, List<String> elementIds, boolean checkAvailability, boolean preserveReference) {

    public DistributionCommand {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(mediaPackage, "mediaPackage");
        elementIds = List.copyOf(elementIds);
    }
}
