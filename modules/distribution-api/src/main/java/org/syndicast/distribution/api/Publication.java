package org.syndicast.distribution.api;

/**
 * Where in a channel's target one media package's elements go: the validated segments
 * {@code {organization}/{channelId}/{mediaPackageId}} under the target's base, each element then
 * under {@code {elementId}/{fileName}}.
 */
public record Publication(String organization, String channelId, String mediaPackageId) {
    public Publication {
        Segments.require("organization", organization);
        Segments.require("channelId", channelId);
        Segments.require("mediapackage id", mediaPackageId);
    }
}
