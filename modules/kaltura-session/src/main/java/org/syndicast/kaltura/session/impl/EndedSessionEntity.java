package org.syndicast.kaltura.session.impl;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One ended KS: its id, and when it would have expired (after which the row is useless and removed). */
@Entity
@Table(name = "SYN_KALTURA_ENDED_KS")
public class EndedSessionEntity {
    @Id
    @Column(name = "KS_ID", length = 16)
    private String id;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    protected EndedSessionEntity() {
        // for JPA
    }

    EndedSessionEntity(String id, long expiresAt) {
        this.id = id;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    long expiresAt() {
        return expiresAt;
    }
}
