package org.syndicast.system.health.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** CRITICAL unless the {@code syndicast} data source gives a connection that answers within {@code database.timeout.ms}. */
@Component(service = HealthCheck.class, configurationPid = "org.syndicast.system", property = {
        HealthCheck.NAME + "=Syndicast database", HealthCheck.TAGS + "=" + HealthChecks.TAG,
        HealthCheck.TAGS + "=" + HealthChecks.CRITICAL_TAG })
public final class DatabaseCheck implements HealthCheck {
    @Reference(target = "(osgi.jndi.service.name=syndicast)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;
    private volatile Duration timeout;
    private final BoundedProbe<Result> probe = new BoundedProbe<>("syndicast-health-database");

    @Activate
    @Modified
    void configure(SystemConfig config) {
        this.timeout = Duration.ofMillis(Math.max(100, config.database_timeout_ms()));
    }

    @Deactivate
    void close() {
        probe.close();
    }

    /** Bounded: a pool that waits for a connection to a database that is gone must not hold the answer. */
    @Override
    public Result execute() {
        DataSource ds = dataSource;
        Duration t = timeout;
        int seconds = (int) Math.max(1, t.toSeconds());
        try {
            return probe.run(() -> check(ds, seconds), t).orElseGet(() -> new Result(Result.Status.CRITICAL,
                    "The database gave no connection within " + t.toMillis() + " ms"));
        } catch (ExecutionException e) {
            return new Result(Result.Status.CRITICAL, "The database check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Result.Status.CRITICAL, "The database check was interrupted");
        }
    }

    static Result check(DataSource ds, int timeoutSeconds) {
        if (ds == null) {
            return new Result(Result.Status.CRITICAL, "No data source 'syndicast' (etc/org.ops4j.datasource-syndicast.cfg)");
        }
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            if (!c.isValid(timeoutSeconds)) {
                return new Result(Result.Status.CRITICAL, "The database did not answer within " + timeoutSeconds + " s");
            }
            return new Result(Result.Status.OK, "The database answers (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        } catch (SQLException | RuntimeException e) {
            return new Result(Result.Status.CRITICAL, "The database is not reachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
