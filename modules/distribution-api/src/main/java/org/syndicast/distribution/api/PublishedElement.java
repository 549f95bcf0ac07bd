package org.syndicast.distribution.api;

import java.time.Instant;
import java.util.Objects;

import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * One element as it is published now on one channel: recorded when a distribution finishes, removed when a
 * retraction does. The inventory that lets an asset's deletion take down every copy of it.
 *
 * @param organization   the tenant
 * @param channel        e.g. {@code download}
 * @param channelId      the publication channel, e.g. {@code engage-player}
 * @param mediaPackageId the media package (asset) id
 * @param element        the published element, with the URL the channel gave it
 * @param published      when it was (last) published
 * @param target         the channel target it was published to; {@code default} for the channel's default target
 */
public record PublishedElement(String organization, String channel, String channelId, String mediaPackageId,
        MediaPackageElement element, Instant published, String target) {

    /** An element published to the channel's default target. */
    public PublishedElement(String organization, String channel, String channelId, String mediaPackageId,
            MediaPackageElement element, Instant published) {
        this(organization, channel, channelId, mediaPackageId, element, published, null);
    }

    public PublishedElement {
        target = target == null ? ChannelTargets.DEFAULT_TARGET : target;
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(mediaPackageId, "mediaPackageId");
        Objects.requireNonNull(element, "element");
    }
}
