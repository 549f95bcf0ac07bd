package org.syndicast.system.health.impl;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** CRITICAL unless the {@code syndicast} data source gives a connection that answers within the timeout. */
@Component(service = HealthCheck.class, configurationPid = "org.syndicast.system", property = {
        HealthCheck.NAME + "=Syndicast database", HealthCheck.TAGS + "=" + HealthChecks.TAG,
        HealthCheck.TAGS + "=" + HealthChecks.CRITICAL_TAG })
public final class DatabaseCheck implements HealthCheck {
    @Reference(target = "(osgi.jndi.service.name=syndicast)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;
    private volatile int timeoutSeconds;

    @Activate
    @Modified
    void configure(SystemConfig config) {
        this.timeoutSeconds = Math.max(1, config.database_timeout_seconds());
    }

    @Override
    public Result execute() {
        return check(dataSource, timeoutSeconds);
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
