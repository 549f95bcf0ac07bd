package org.syndicast.kaltura.session.impl;

import java.time.Clock;
import java.time.Instant;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.persistence.Transactions;

/**
 * Ended KSs in the shared database (table {@code SYN_KALTURA_ENDED_KS}, unit {@code syndicast-kaltura-sessions}),
 * so a KS ended on one node is refused by all of them: each check reads the row, never a cache. Rows of KSs
 * that have expired anyway are deleted whenever a KS is ended.
 */
@Component(service = EndedSessions.class)
public final class JpaEndedSessions implements EndedSessions {
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public JpaEndedSessions(
            @Reference(target = "(osgi.unit.name=syndicast-kaltura-sessions)") EntityManagerFactory emf) {
        this(emf, Clock.systemUTC());
    }

    JpaEndedSessions(EntityManagerFactory emf, Clock clock) {
        this.tx = new Transactions(emf);
        this.clock = clock;
    }

    @Override
    public boolean isEnded(String id) {
        return tx.read(em -> em.find(EndedSessionEntity.class, id) != null);
    }

    @Override
    public void end(String id, Instant expires) {
        long now = clock.instant().getEpochSecond();
        try {
            write(id, expires, now);
        } catch (PersistenceException e) {
            if (!isEnded(id)) {
                throw e;
            }
            // another node ended the same KS at the same moment: ended it is
        }
    }

    private void write(String id, Instant expires, long now) {
        tx.write(em -> {
            em.createQuery("DELETE FROM EndedSessionEntity e WHERE e.expiresAt < :now")
                    .setParameter("now", now).executeUpdate();
            if (em.find(EndedSessionEntity.class, id) == null) {
                em.persist(new EndedSessionEntity(id, expires.getEpochSecond()));
            }
            return null;
        });
    }
}
