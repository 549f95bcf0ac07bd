package org.syndicast.distribution.core.impl;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Arrays;

/** A {@link CoreConfig} as Configuration Admin would hand it over, with the defaults unless changed. */
final class TestConfig implements CoreConfig {
    private String serverUrl = "http://localhost:8181";
    private int workers = 8;
    private int maxAttempts = 5;
    private long backoffMs = 1000;
    private long backoffMaxMs = 60000;
    private long pollMs = 500;
    private long leaseSeconds = 120;
    private String[] inboxRoots = {};
    private String[] httpAllow = {};
    private int availabilityAttempts = 1;
    private long availabilityDelayMs = 0;

    TestConfig serverUrl(String v) {
        serverUrl = v;
        return this;
    }

    TestConfig workers(int v) {
        workers = v;
        return this;
    }

    TestConfig maxAttempts(int v) {
        maxAttempts = v;
        return this;
    }

    TestConfig backoff(long first, long max) {
        backoffMs = first;
        backoffMaxMs = max;
        return this;
    }

    TestConfig pollMs(long v) {
        pollMs = v;
        return this;
    }

    TestConfig leaseSeconds(long v) {
        leaseSeconds = v;
        return this;
    }

    TestConfig inbox(Path... roots) {
        inboxRoots = Arrays.stream(roots).map(Path::toString).toArray(String[]::new);
        return this;
    }

    TestConfig inboxRoots(String... v) {
        inboxRoots = v;
        return this;
    }

    TestConfig httpAllow(String... v) {
        httpAllow = v;
        return this;
    }

    TestConfig availability(int attempts, long delayMs) {
        availabilityAttempts = attempts;
        availabilityDelayMs = delayMs;
        return this;
    }

    Settings settings() {
        return Settings.of(this);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return CoreConfig.class;
    }

    @Override
    public String server_url() {
        return serverUrl;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public int max_attempts() {
        return maxAttempts;
    }

    @Override
    public long retry_backoff_ms() {
        return backoffMs;
    }

    @Override
    public long retry_backoff_max_ms() {
        return backoffMaxMs;
    }

    @Override
    public long poll_interval_ms() {
        return pollMs;
    }

    @Override
    public long lease_seconds() {
        return leaseSeconds;
    }

    @Override
    public String[] inbox_roots() {
        return inboxRoots;
    }

    @Override
    public String[] http_allow() {
        return httpAllow;
    }

    @Override
    public int availability_attempts() {
        return availabilityAttempts;
    }

    @Override
    public long availability_delay_ms() {
        return availabilityDelayMs;
    }

    @Override
    public long availability_timeout_ms() {
        return 1000;
    }

    @Override
    public long job_wait_max_seconds() {
        return 60;
    }

    @Override
    public long job_wait_check_ms() {
        return 250;
    }
}
