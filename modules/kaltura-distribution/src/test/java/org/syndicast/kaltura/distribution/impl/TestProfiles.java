package org.syndicast.kaltura.distribution.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.syndicast.kaltura.distribution.impl.persistence.ProfileRepository;

/** The profile service on a private in-memory H2 database, fake targets and providers, and a settable clock. */
public final class TestProfiles implements AutoCloseable {
    final EntityManagerFactory emf;
    public final FakeTargets targets = new FakeTargets();
    public final FakeProviders providers = new FakeProviders();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    public final ProfileService service;
    final Path keys;
    final JdbcDataSource ds = new JdbcDataSource();
    final java.util.List<String> compiled = new java.util.ArrayList<>();

    public TestProfiles(Path dir) {
        ds.setURL("jdbc:h2:mem:kaltura-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Map<String, Object> props = new HashMap<>();
        // replaces the unit's osgi:service JNDI name, so no JNDI lookup happens
        props.put("javax.persistence.nonJtaDataSource", ds);
        this.emf = Persistence.createEntityManagerFactory("syndicast-kaltura", props);
        this.keys = dir.resolve("keys");
        this.service = new ProfileService(new ProfileRepository(emf), targets, providers,
                new TargetSettings.Download(dir.resolve("downloads"), "http://media.example.org/k", "/k"),
                new KeyFiles(keys), (name, xslt) -> {
                    // the sandbox's verdict, as a fake: a stylesheet with "xsl:bad" does not compile
                    if (new String(xslt, java.nio.charset.StandardCharsets.UTF_8).contains("xsl:bad")) {
                        throw new org.syndicast.transform.TransformException(
                                org.syndicast.transform.TransformException.Kind.INVALID_SOURCE, "line 1, column 9: xsl:bad");
                    }
                    compiled.add(name);
                    return null;
                }, clock);
    }

    @Override
    public void close() {
        emf.close();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
