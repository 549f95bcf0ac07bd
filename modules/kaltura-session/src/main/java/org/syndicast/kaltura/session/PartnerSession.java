package org.syndicast.kaltura.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A started, not yet ended or expired KS, as {@link PartnerSessions#verify} found it.
 *
 * @param partner    the partner it belongs to, as configured now; its organization is where the KS acts
 * @param userId     the user id given to {@code session.start}; may be empty (Kaltura's clients send {@code ""})
 * @param type       USER or ADMIN
 * @param privileges the privileges text given to {@code session.start}, as given; empty for none. Carried and
 *                   answered, not interpreted: Syndicast grants nothing by them
 * @param expires    when the KS stops working
 */
public record PartnerSession(Partner partner, String userId, SessionType type, String privileges, Instant expires) {
    public PartnerSession {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(privileges, "privileges");
        Objects.requireNonNull(expires, "expires");
    }

    /** The partner id. */
    public int partnerId() {
        return partner.id();
    }
}
