package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.transform.impl.TestSandbox.resource;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.transform.Stylesheet;

/**
 * Prints what a transform of a typical MRSS entry (3.3 KB, src/test/resources/mrss) with a compiled stylesheet
 * costs. A figure, never an assertion: timings depend on the machine. The README quotes it.
 */
class TransformCostTest {
    private static final int WARMUP = 20_000;
    private static final int RUNS = 20_000;

    @Test
    void printsTheCostOfATypicalEntryTransform() throws Exception {
        try (TestSandbox box = new TestSandbox()) {
            Stylesheet portal = box.stylesheets.compile("portal", resource("mrss/portal.xsl"));
            byte[] entry = resource("mrss/entry.xml");
            Map<String, String> params = Map.of("channel", "math");
            int bytes = 0;
            for (int i = 0; i < WARMUP; i++) {
                bytes += portal.transform(entry, params).length;
            }

            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                bytes += portal.transform(entry, params).length;
            }
            long wall = System.nanoTime() - wall0;
            long cpu = os.getProcessCpuTime() - cpu0;

            System.out.printf("transform of a %d-byte MRSS entry, compiled stylesheet, %d runs: "
                            + "%.1f us CPU per transform (whole process: caller, sandbox worker, GC, JIT), %.1f us wall%n",
                    entry.length, RUNS, cpu / 1000.0 / RUNS, wall / 1000.0 / RUNS);
            assertThat(bytes).isPositive();
        }
    }
}
