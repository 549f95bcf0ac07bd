package org.syndicast.transform.impl;

import java.time.Duration;

import org.syndicast.transform.Limits;

/** {@link TransformConfig} with every value raised to its minimum. */
record SandboxSettings(Limits limits, long allocationBytes, int workers, int queue, int stackKib, int cacheEntries, int regexMaxInputBytes) {

    static SandboxSettings from(TransformConfig config) {
        return new SandboxSettings(
                new Limits(Duration.ofMillis(Math.max(10, config.time_limit_ms())),
                        Math.max(1024, config.output_limit_bytes())),
                Math.max(16L << 20, config.allocation_limit_bytes()),
                Math.max(1, config.workers()),
                Math.max(0, config.queue()),
                Math.max(256, config.stack_kib()),
                Math.max(1, config.cache_entries()),
                Math.max(1, config.regex_max_input_bytes()));
    }

    static SandboxSettings defaults() {
        return new SandboxSettings(new Limits(Duration.ofSeconds(5), 16L << 20), 256L << 20, 4, 64, 2048, 256, 1 << 20);
    }

    SandboxSettings withLimits(Limits other) {
        return new SandboxSettings(other, allocationBytes, workers, queue, stackKib, cacheEntries, regexMaxInputBytes);
    }
}
