package org.syndicast.system.health.impl;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The job queue: WARN when the backlog or the age of its oldest job passes its threshold, or when running jobs'
 * heartbeats are overdue (their node may have died: the jobs come back when their leases expire). Never
 * CRITICAL: a long queue is work to do, not a broken node; an unreachable database is the database check's.
 */
@Component(service = HealthCheck.class, configurationPid = "org.syndicast.system", property = {
        HealthCheck.NAME + "=Syndicast job queue", HealthCheck.TAGS + "=" + HealthChecks.TAG })
public final class JobQueueCheck implements HealthCheck {
    @Reference(target = "(osgi.jndi.service.name=syndicast)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;
    private volatile SystemConfig config;
    private final BoundedProbe<JobTable.Queue> probe = new BoundedProbe<>("syndicast-health-queue");

    @Activate
    @Modified
    void configure(SystemConfig c) {
        this.config = c;
    }

    @Deactivate
    void close() {
        probe.close();
    }

    @Override
    public Result execute() {
        DataSource ds = dataSource;
        SystemConfig c = config;
        if (ds == null) {
            return new Result(Result.Status.WARN, "No data source 'syndicast': the queue cannot be read");
        }
        long now = System.currentTimeMillis();
        try {
            Optional<JobTable.Queue> q = probe.run(() -> JobTable.read(ds, now - c.lease_overdue_seconds() * 1000),
                    Duration.ofMillis(Math.max(100, c.database_timeout_ms())));
            return q.map(queue -> judge(queue, now, c)).orElseGet(() -> new Result(Result.Status.WARN,
                    "The queue cannot be read now: the database does not answer"));
        } catch (ExecutionException e) {
            return new Result(Result.Status.WARN, "The queue cannot be read: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Result.Status.WARN, "The queue check was interrupted");
        }
    }

    static Result judge(JobTable.Queue q, long now, SystemConfig c) {
        FormattingResultLog log = new FormattingResultLog();
        long ageSeconds = q.oldestQueued() == null ? 0 : Math.max(0, (now - q.oldestQueued()) / 1000);
        String backlog = q.queued() + " queued, the oldest for " + ageSeconds + " s";
        if (q.queued() > c.queue_warn_depth() || ageSeconds > c.queue_warn_age_seconds()) {
            log.warn("Backlog: {} (thresholds {} jobs, {} s)", backlog, c.queue_warn_depth(), c.queue_warn_age_seconds());
        } else {
            log.info("Backlog: {}", backlog);
        }
        if (q.overdue() > 0) {
            log.warn("{} running job(s) without a heartbeat for more than {} s: their node may be gone; they are"
                    + " queued again when their leases expire", q.overdue(), c.lease_overdue_seconds());
        } else {
            log.info("No running job is overdue");
        }
        return new Result(log);
    }
}
