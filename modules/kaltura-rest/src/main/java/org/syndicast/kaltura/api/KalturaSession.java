package org.syndicast.kaltura.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What a valid KS says, as {@link KalturaSessions#verify} reads it.
 *
 * @param partnerId  the Kaltura partner the KS was started for
 * @param userId     the user ({@code ""} when the program gave none)
 * @param type       {@link #USER} (0) or {@link #ADMIN} (2)
 * @param privileges the privileges text as given to {@code session.start} ({@code ""} for none)
 * @param expires    when the KS stops working
 */
public record KalturaSession(int partnerId, String userId, int type, String privileges, Instant expires) {
    /** {@code KalturaSessionType.USER}. */
    public static final int USER = 0;
    /** {@code KalturaSessionType.ADMIN}. */
    public static final int ADMIN = 2;

    public KalturaSession {
        userId = userId == null ? "" : userId;
        privileges = privileges == null ? "" : privileges;
        Objects.requireNonNull(expires, "expires");
        if (type != USER && type != ADMIN) {
            throw new IllegalArgumentException("session type must be 0 or 2: " + type);
        }
    }

    /** Whether it is an admin session (type 2). */
    public boolean admin() {
        return type == ADMIN;
    }
}
