package org.syndicast.distribution.core.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the distribution core, PID {@code org.syndicast.distribution.core}; every key is in etc/. */
@ObjectClassDefinition(name = "Syndicast distribution core", description = "Jobs, workers, retries and element sources")
public @interface CoreConfig {

    @AttributeDefinition(description = "This node's public base URL: job documents' createdHost/processingHost."
            + " Each node sharing a database needs its own.")
    String server_url() default "http://localhost:8181";

    @AttributeDefinition(description = "Jobs run at once on this node")
    int workers() default 8;

    @AttributeDefinition(description = "Attempts of a job before it FAILS on a transient error")
    int max_attempts() default 5;

    @AttributeDefinition(description = "First retry delay in ms; doubles on each attempt")
    long retry_backoff_ms() default 1000;

    @AttributeDefinition(description = "Longest retry delay in ms")
    long retry_backoff_max_ms() default 60000;

    @AttributeDefinition(description = "How often the queue is looked at for due jobs, in ms")
    long poll_interval_ms() default 500;

    @AttributeDefinition(description = "A running job's lease in seconds; a node that stops renewing loses its jobs")
    long lease_seconds() default 120;

    @AttributeDefinition(description = "Directories from which file: URLs may be read; empty means ${karaf.base}/inbox")
    String[] inbox_roots() default {};

    @AttributeDefinition(description = "http(s) URL prefixes elements may be fetched from; empty allows none")
    String[] http_allow() default {};

    @AttributeDefinition(description = "HEAD attempts of checkAvailability before the element counts as unavailable")
    int availability_attempts() default 10;

    @AttributeDefinition(description = "Delay between checkAvailability attempts in ms")
    long availability_delay_ms() default 300;

    @AttributeDefinition(description = "Timeout of one checkAvailability request in ms")
    long availability_timeout_ms() default 5000;

    @AttributeDefinition(description = "Longest wait of GET /services/job/{id}.xml?wait=N in seconds; a longer wait"
            + " asked for is shortened to this")
    long job_wait_max_seconds() default 60;

    @AttributeDefinition(description = "How often jobs waited on are looked at for changes made by other nodes, in ms")
    long job_wait_check_ms() default 250;
}
