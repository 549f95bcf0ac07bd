package org.syndicast.kaltura.session.impl;

import java.time.Instant;

/** The ids of ended KSs, kept until the KS would have expired anyway; shared by every node. */
interface EndedSessions {

    /** Whether the KS with this id was ended. */
    boolean isEnded(String id);

    /** Records that the KS with this id was ended; it would expire at {@code expires}. Idempotent. */
    void end(String id, Instant expires);
}
