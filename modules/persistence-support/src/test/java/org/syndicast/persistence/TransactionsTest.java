package org.syndicast.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.persistence.PersistenceException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Units of work on a real in-memory H2 database through EclipseLink. */
class TransactionsTest {
    private EntityManagerFactory emf;
    private Transactions tx;
    private final List<EntityManager> used = new ArrayList<>();

    @BeforeEach
    void open() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tx-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        emf = Persistence.createEntityManagerFactory("persistence-support-test", Map.of("javax.persistence.nonJtaDataSource", ds));
        tx = new Transactions(emf);
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void aWriteIsCommittedAndReadBackInAnotherUnitOfWork() {
        String id = tx.write(em -> {
            used.add(em);
            em.persist(new NoteEntity("n-1", "hello"));
            return "n-1";
        });

        String text = tx.read(em -> {
            used.add(em);
            return em.find(NoteEntity.class, id).text;
        });
        assertThat(text).isEqualTo("hello");
        assertThat(used).hasSize(2).allSatisfy(em -> assertThat(em.isOpen()).isFalse());
        assertThat(used.get(0)).isNotSameAs(used.get(1));
    }

    @Test
    void aWriteWhoseWorkThrowsIsRolledBackWholeAndTheErrorPassesThrough() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> tx.write(em -> {
            used.add(em);
            em.persist(new NoteEntity("n-1", "first"));
            em.flush(); // the row is in the database, inside the transaction
            throw boom;
        })).isSameAs(boom);

        assertThat(count()).isZero();
        assertThat(used.get(0).isOpen()).isFalse();
    }

    @Test
    void aCommitThatFailsLeavesNothingAndThrows() {
        tx.write(em -> {
            em.persist(new NoteEntity("n-1", "first"));
            return null;
        });

        assertThatThrownBy(() -> tx.write(em -> {
            em.persist(new NoteEntity("n-2", "second"));
            em.persist(new NoteEntity("n-1", "the same id again"));
            return null;
        })).isInstanceOf(PersistenceException.class);

        assertThat(count()).isEqualTo(1);
        String text = tx.read(em -> em.find(NoteEntity.class, "n-1").text);
        assertThat(text).isEqualTo("first");
    }

    @Test
    void aReadThatThrowsStillClosesItsEntityManager() {
        assertThatThrownBy(() -> tx.read(em -> {
            used.add(em);
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(used.get(0).isOpen()).isFalse();
    }

    @Test
    void aFactoryIsRequired() {
        assertThatThrownBy(() -> new Transactions(null)).isInstanceOf(NullPointerException.class);
    }

    private long count() {
        return tx.read(em -> em.createQuery("SELECT COUNT(n) FROM NoteEntity n", Long.class).getSingleResult());
    }
}
