package org.syndicast.asset.api;

/** The moderation status of an asset, as Kaltura knows it. */
public enum Moderation {
    PENDING, APPROVED, REJECTED, FLAGGED, AUTO_APPROVED
}
