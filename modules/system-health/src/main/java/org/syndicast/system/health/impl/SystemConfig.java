package org.syndicast.system.health.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the health checks and metrics, PID {@code org.syndicast.system}; every key is in etc/. */
@ObjectClassDefinition(name = "Syndicast health and metrics", description = "Thresholds of the health checks; who may read the metrics")
public @interface SystemConfig {

    @AttributeDefinition(description = "Queued jobs above which the job queue check WARNs")
    long queue_warn_depth() default 1000;

    @AttributeDefinition(description = "Age in seconds of the oldest queued job above which the job queue check WARNs")
    long queue_warn_age_seconds() default 600;

    @AttributeDefinition(description = "A running job whose heartbeat is older than this many seconds counts as"
            + " overdue (its node may be dead; its lease will expire)")
    long lease_overdue_seconds() default 60;

    @AttributeDefinition(description = "Milliseconds the database check waits for a connection that answers; keep it"
            + " below the Felix executor's timeout (2000 ms), which otherwise answers WARN for a check still running")
    long database_timeout_ms() default 1500;

    @AttributeDefinition(description = "Whether GET /system/metrics answers without credentials (for a Prometheus"
            + " that scrapes without them); false asks for a user with read access")
    boolean metrics_anonymous() default false;

    @AttributeDefinition(description = "How long the queue depth read for the metrics is reused, in seconds")
    long metrics_queue_refresh_seconds() default 5;
}
