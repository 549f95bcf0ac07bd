package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The unit of the bundle on a real in-memory H2 database, opened twice as two nodes would. */
class JpaEndedSessionsTest {
    private final String url = "jdbc:h2:mem:ks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final EntityManagerFactory nodeA = unit();
    private final EntityManagerFactory nodeB = unit();
    private final Fixtures.TestClock clock = new Fixtures.TestClock(Instant.parse("2026-12-01T00:00:00Z"));

    private EntityManagerFactory unit() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        // replaces the unit's osgi:service JNDI name, so no JNDI lookup happens
        return Persistence.createEntityManagerFactory("syndicast-kaltura-sessions",
                Map.of("javax.persistence.nonJtaDataSource", ds));
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void sessionEndedOnOneNodeIsEndedOnTheOther() {
        JpaEndedSessions a = new JpaEndedSessions(nodeA, clock);
        JpaEndedSessions b = new JpaEndedSessions(nodeB, clock);
        assertThat(b.isEnded("AAAAaaaa0000____")).isFalse();
        a.end("AAAAaaaa0000____", clock.instant().plusSeconds(60));
        assertThat(b.isEnded("AAAAaaaa0000____")).isTrue();
        assertThat(a.isEnded("BBBBaaaa0000____")).isFalse();
    }

    @Test
    void endingTwiceIsHarmless() {
        JpaEndedSessions a = new JpaEndedSessions(nodeA, clock);
        a.end("AAAAaaaa0000____", clock.instant().plusSeconds(60));
        new JpaEndedSessions(nodeB, clock).end("AAAAaaaa0000____", clock.instant().plusSeconds(60));
        assertThat(a.isEnded("AAAAaaaa0000____")).isTrue();
    }

    @Test
    void rowsOfSessionsThatExpiredAnywayAreRemoved() {
        JpaEndedSessions a = new JpaEndedSessions(nodeA, clock);
        a.end("AAAAaaaa0000____", clock.instant().plusSeconds(60));
        clock.advance(61);
        a.end("BBBBaaaa0000____", clock.instant().plusSeconds(60));
        assertThat(a.isEnded("AAAAaaaa0000____")).isFalse();
        assertThat(a.isEnded("BBBBaaaa0000____")).isTrue();
    }
}
