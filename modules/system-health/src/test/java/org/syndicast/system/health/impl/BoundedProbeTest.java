package org.syndicast.system.health.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A probe that hangs is given up on in time, and is not started again while it still hangs. */
class BoundedProbeTest {

    @Test
    void aHangingProbeIsGivenUpOnAndNotStackedUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        try (BoundedProbe<String> probe = new BoundedProbe<>("test-probe")) {
            long t0 = System.nanoTime();
            assertThat(probe.run(() -> {
                started.incrementAndGet();
                release.await();
                return "late";
            }, Duration.ofMillis(200))).isEmpty();
            assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(150L, 2000L);
            // while the first still hangs, a second call waits for it and starts nothing
            assertThat(probe.run(() -> {
                started.incrementAndGet();
                return "another";
            }, Duration.ofMillis(100))).isEmpty();
            assertThat(started).hasValue(1);
            release.countDown();
            // the first one's answer, or (when it completed just before this call) a new probe's
            assertThat(probe.run(() -> "another", Duration.ofSeconds(2))).get().isIn("late", "another");
            assertThat(probe.run(() -> "fresh", Duration.ofSeconds(2))).contains("fresh");
        }
    }
}
