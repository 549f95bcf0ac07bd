package org.syndicast.distribution.core.impl.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The "syndicast" persistence unit on a real H2 database, in Java SE. The unit names an {@code osgi:service}
 * JNDI data source; handing EclipseLink a {@link javax.sql.DataSource} object under
 * {@code javax.persistence.nonJtaDataSource} replaces it, so no JNDI lookup happens.
 */
public final class H2Database implements AutoCloseable {
    private final String url;
    private final JdbcDataSource dataSource;
    private final Connection keepOpen;
    private final EntityManagerFactory emf;

    private H2Database(String url, String logLevel) {
        this.url = url;
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try {
            // EclipseLink takes a connection per unit of work from an external data source and gives it back, and
            // H2 closes a database with its last connection: without this one, every call would reopen the file.
            this.keepOpen = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.emf = open(dataSource, logLevel);
    }

    /** A private in-memory database that lives until {@link #close()}. */
    public static H2Database inMemory() {
        return inMemory("");
    }

    /** A private in-memory database with extra H2 URL settings, e.g. {@code ;LOCK_TIMEOUT=10000}. */
    public static H2Database inMemory(String settings) {
        return new H2Database("jdbc:h2:mem:test-" + UUID.randomUUID() + settings, "WARNING");
    }

    /** A database file under {@code dir}; {@link #another()} opens a second unit on the same file. */
    public static H2Database file(Path dir) {
        return new H2Database("jdbc:h2:" + dir.resolve("syndicast").toAbsolutePath(), "WARNING");
    }

    /** A second, independent EntityManagerFactory on the same database: what a second node would have. */
    public H2Database another() {
        // SEVERE only: extending the existing tables warns about every constraint that is already there
        return new H2Database(url, "SEVERE");
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** A plain JDBC connection of its own, for a test that holds locks or looks at sessions. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    public JobStore store() {
        return new JobStore(emf);
    }

    private static EntityManagerFactory open(JdbcDataSource ds, String logLevel) {
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.logging.logger", "DefaultLogger");
        props.put("eclipselink.logging.level", logLevel);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("syndicast", props);
        emf.createEntityManager().close(); // deploy now: the tables exist before any test thread races for them
        return emf;
    }

    @Override
    public void close() {
        emf.close();
        try {
            keepOpen.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
