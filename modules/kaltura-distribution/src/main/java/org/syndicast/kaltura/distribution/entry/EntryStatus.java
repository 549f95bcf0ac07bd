package org.syndicast.kaltura.distribution.entry;

import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.Readiness;

/**
 * How an asset's readiness and moderation read as Kaltura's {@code KalturaEntryStatus} and
 * {@code KalturaEntryModerationStatus}.
 */
public final class EntryStatus {
    /** {@code KalturaEntryStatus.ERROR_CONVERTING}. */
    public static final int ERROR_CONVERTING = -1;
    /** {@code KalturaEntryStatus.PRECONVERT}: being processed. */
    public static final int PRECONVERT = 1;
    /** {@code KalturaEntryStatus.READY}. */
    public static final int READY = 2;
    /** {@code KalturaEntryStatus.PENDING}. */
    public static final int PENDING = 4;

    private EntryStatus() {
    }

    /** READY is READY, PROCESSING is PRECONVERT (1), ERROR is ERROR_CONVERTING (-1), PENDING is PENDING (4). */
    public static int of(Readiness readiness) {
        return switch (readiness) {
            case READY -> READY;
            case PROCESSING -> PRECONVERT;
            case ERROR -> ERROR_CONVERTING;
            case PENDING -> PENDING;
        };
    }

    /**
     * PENDING is PENDING_MODERATION (1), APPROVED 2, REJECTED 3, FLAGGED is FLAGGED_FOR_REVIEW (5),
     * AUTO_APPROVED 6: Kaltura's own values.
     */
    public static int of(Moderation moderation) {
        return switch (moderation) {
            case PENDING -> 1;
            case APPROVED -> 2;
            case REJECTED -> 3;
            case FLAGGED -> 5;
            case AUTO_APPROVED -> 6;
        };
    }

    /** Whether a moderation status lets an entry out: APPROVED or AUTO_APPROVED. */
    public static boolean approved(int moderationStatus) {
        return moderationStatus == 2 || moderationStatus == 6;
    }
}
