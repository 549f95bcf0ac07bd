package org.syndicast.distribution.core.impl;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The core's configuration as an immutable value, swapped whole when the configuration changes. */
record Settings(String serverUrl, int workers, int maxAttempts, long backoffMs, long backoffMaxMs, long pollIntervalMs,
        long leaseMs, List<Path> inboxRoots, List<String> httpAllow, int availabilityAttempts,
        Duration availabilityDelay, Duration availabilityTimeout) {

    static Settings of(CoreConfig c) {
        List<Path> roots = list(c.inbox_roots()).stream().map(Paths::get).toList();
        if (roots.isEmpty()) {
            roots = List.of(Paths.get(System.getProperty("karaf.base", "."), "inbox"));
        }
        List<String> allow = list(c.http_allow());
        String url = c.server_url().endsWith("/") ? c.server_url().substring(0, c.server_url().length() - 1) : c.server_url();
        return new Settings(url, Math.max(1, c.workers()), Math.max(1, c.max_attempts()), Math.max(0, c.retry_backoff_ms()),
                Math.max(0, c.retry_backoff_max_ms()), Math.max(10, c.poll_interval_ms()), Math.max(5, c.lease_seconds()) * 1000,
                roots.stream().map(p -> p.toAbsolutePath().normalize()).toList(), allow,
                Math.max(1, c.availability_attempts()), Duration.ofMillis(Math.max(0, c.availability_delay_ms())),
                Duration.ofMillis(Math.max(100, c.availability_timeout_ms())));
    }

    /** A list key's values: a .cfg file gives one comma-separated string, a .config file an array. */
    static List<String> list(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    /** The delay before attempt {@code attempt + 1}, after {@code attempt} failed ones: exponential, capped. */
    long backoffAfter(int attempt) {
        long d = backoffMs;
        for (int i = 1; i < attempt && d < backoffMaxMs; i++) {
            d *= 2;
        }
        return Math.min(d, backoffMaxMs);
    }
}
