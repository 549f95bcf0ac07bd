package org.syndicast.persistence;

import java.util.Objects;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Units of work on one resource-local persistence unit: each gets a fresh {@link EntityManager}, closed when
 * the work returns or throws. A {@link #write} commits whole or, when the work throws, is rolled back whole;
 * nothing is retried here, and locks (a {@code PESSIMISTIC_WRITE} find, a conditional update) are the work's
 * own business and last until the commit or the rollback. Thread-safe: it holds only the factory.
 */
public final class Transactions {
    private final EntityManagerFactory emf;

    /** Units of work on {@code emf}, which the caller keeps and closes. */
    public Transactions(EntityManagerFactory emf) {
        this.emf = Objects.requireNonNull(emf, "emf");
    }

    /**
     * Runs {@code work} without a transaction (reads only) and returns what it returns.
     *
     * @throws RuntimeException whatever {@code work} throws, after the entity manager is closed
     */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs {@code work} in one transaction, commits it and returns what the work returned.
     *
     * @throws RuntimeException whatever {@code work} or the commit throws; the transaction is rolled back when
     *                          it is still active, so nothing of the work is kept
     */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
