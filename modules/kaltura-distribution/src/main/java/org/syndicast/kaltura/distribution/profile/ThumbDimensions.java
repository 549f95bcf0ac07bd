package org.syndicast.kaltura.distribution.profile;

/** {@code KalturaDistributionThumbDimensions}: a thumbnail size in pixels. */
public record ThumbDimensions(int width, int height) {
}
