package org.syndicast.system.health.impl;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.jobs.JobEvents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * This node's job metrics in a Micrometer registry written in the Prometheus text format: jobs submitted (created),
 * finished, failed and retried by channel, attempt durations and bytes placed as histograms, jobs in flight on
 * this node, and the queue depth (of the shared database: every node reports the same), read at most every
 * {@code metrics.queue.refresh.seconds}. Listens to the core as a {@link JobEvents} service; the counting is
 * lock-free, so it never slows a job.
 */
@Component(service = { JobEvents.class, JobMetrics.class }, configurationPid = "org.syndicast.system")
public final class JobMetrics implements JobEvents {
    private static final String TYPE_PREFIX = Job.typeOf("");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final QueueDepth depth = new QueueDepth();
    @Reference(target = "(osgi.jndi.service.name=syndicast)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    @Activate
    public JobMetrics(SystemConfig config) {
        modified(config);
        Gauge.builder("syndicast.jobs.in.flight", inFlight, AtomicInteger::get)
                .description("Job attempts running on this node now (transfers in flight)").register(registry);
        Gauge.builder("syndicast.jobs.queued", depth, d -> d.value(dataSource))
                .description("Jobs waiting in the queue (all nodes; NaN while the database cannot be read)")
                .register(registry);
    }

    @Modified
    void modified(SystemConfig config) {
        depth.refreshEvery(Duration.ofSeconds(Math.max(0, config.metrics_queue_refresh_seconds())));
    }

    @Deactivate
    void close() {
        registry.close();
        depth.close();
    }

    /** The registry's content in the Prometheus text format. */
    String scrape() {
        return registry.scrape();
    }

    static String channelOf(Job job) {
        return job.type().startsWith(TYPE_PREFIX) ? job.type().substring(TYPE_PREFIX.length()) : job.type();
    }

    @Override
    public void queued(Job job) {
        Counter.builder("syndicast.jobs.submitted").description("Jobs queued through this node")
                .tag("channel", channelOf(job)).tag("operation", job.operation()).register(registry).increment();
    }

    @Override
    public void started(Job job) {
        inFlight.incrementAndGet();
    }

    @Override
    public void ended(Job job, JobStatus outcome, Duration took, long bytes) {
        inFlight.decrementAndGet();
        String channel = channelOf(job);
        String name = switch (outcome) {
        case FINISHED -> "syndicast.jobs.finished";
        case QUEUED -> "syndicast.jobs.retried";
        default -> "syndicast.jobs.failed";
        };
        Counter.builder(name).description("Job attempts that ended so on this node").tag("channel", channel)
                .register(registry).increment();
        Timer.builder("syndicast.job.duration").description("How long job attempts ran on this node")
                .tag("channel", channel).tag("outcome", outcome.name()).publishPercentileHistogram()
                .register(registry).record(took);
        if (outcome == JobStatus.FINISHED && bytes > 0) {
            DistributionSummary.builder("syndicast.job.bytes").baseUnit("bytes")
                    .description("Bytes placed by finished distribution jobs on this node").tag("channel", channel)
                    .publishPercentileHistogram().register(registry).record(bytes);
        }
    }

    /**
     * The queue depth read from the database, reused for a while and read in the background: a scrape never
     * waits for the database (while it is away the value is NaN) and costs at most one cheap query.
     */
    private static final class QueueDepth {
        private final BoundedProbe<Long> probe = new BoundedProbe<>("syndicast-metrics-queue");
        private volatile long everyMs;
        private volatile long readAt;
        private volatile double value = Double.NaN;

        void refreshEvery(Duration d) {
            everyMs = d.toMillis();
        }

        synchronized double value(DataSource ds) {
            long now = System.currentTimeMillis();
            if (now - readAt >= everyMs || Double.isNaN(value)) {
                readAt = now;
                try {
                    value = ds == null ? Double.NaN : probe.run(() -> JobTable.read(ds, 0).queued(),
                            Duration.ofMillis(500)).map(Long::doubleValue).orElse(Double.NaN);
                } catch (java.util.concurrent.ExecutionException e) {
                    value = Double.NaN;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    value = Double.NaN;
                }
            }
            return value;
        }

        void close() {
            probe.close();
        }
    }
}
