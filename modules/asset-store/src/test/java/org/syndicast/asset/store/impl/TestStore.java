package org.syndicast.asset.store.impl;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;

/** The asset store on a private in-memory H2 database and a content root under a temporary directory. */
final class TestStore implements AutoCloseable {
    final EntityManagerFactory emf;
    final StubDistributor distributor = new StubDistributor();
    final InboxPolicy sources;
    final AssetStoreImpl store;
    final Path root;

    TestStore(Path dir, long maxBytes) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:assets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Map<String, Object> props = new HashMap<>();
        // replaces the unit's osgi:service JNDI name, so no JNDI lookup happens
        props.put("javax.persistence.nonJtaDataSource", ds);
        this.emf = Persistence.createEntityManagerFactory("syndicast-assets", props);
        this.root = dir.resolve("assets");
        this.sources = new InboxPolicy(dir.resolve("inbox"));
        this.store = new AssetStoreImpl(config(root.toString(), maxBytes), emf, sources, () -> distributor);
    }

    static StoreConfig config(String root, long maxBytes) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String root() {
                return root;
            }

            @Override
            public long max_element_bytes() {
                return maxBytes;
            }
        };
    }

    @Override
    public void close() {
        emf.close();
    }
}
