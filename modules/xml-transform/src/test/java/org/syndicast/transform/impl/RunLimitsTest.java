package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.text;
import static org.syndicast.transform.impl.TestSandbox.utf8;
import static org.syndicast.transform.impl.TestSandbox.xsl;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.transform.Limits;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;

/** Stylesheets that never end or never stop writing are stopped, and the one worker is free again afterwards. */
class RunLimitsTest {
    private static final byte[] DOC = utf8("<r/>");
    /** 2^60 calls, 60 frames deep, writing nothing: only the time limit ends it. */
    private static final byte[] ENDLESS = xsl("", "<xsl:template match=\"/\"><xsl:call-template name=\"twice\">"
            + "<xsl:with-param name=\"n\" select=\"60\"/></xsl:call-template></xsl:template>"
            + "<xsl:template name=\"twice\"><xsl:param name=\"n\"/><xsl:if test=\"$n &gt; 0\">"
            + "<xsl:call-template name=\"twice\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template>"
            + "<xsl:call-template name=\"twice\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template>"
            + "</xsl:if></xsl:template>");
    /** 2^40 times a kilobyte: a petabyte of output. */
    private static final byte[] FLOOD = xsl("", "<xsl:output method=\"text\"/><xsl:variable name=\"kb\" select=\""
            + "'" + "x".repeat(1024) + "'\"/><xsl:template match=\"/\"><xsl:call-template name=\"twice\">"
            + "<xsl:with-param name=\"n\" select=\"40\"/></xsl:call-template></xsl:template>"
            + "<xsl:template name=\"twice\"><xsl:param name=\"n\"/><xsl:choose><xsl:when test=\"$n &gt; 0\">"
            + "<xsl:call-template name=\"twice\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template>"
            + "<xsl:call-template name=\"twice\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template>"
            + "</xsl:when><xsl:otherwise><xsl:value-of select=\"$kb\"/></xsl:otherwise></xsl:choose></xsl:template>");
    /** A string doubled 40 times: 16 TiB of characters, held in memory, never written. */
    private static final byte[] BALLOON = xsl("", "<xsl:template match=\"/\"><xsl:call-template name=\"grow\">"
            + "<xsl:with-param name=\"v\" select=\"'xxxxxxxxxxxxxxxx'\"/><xsl:with-param name=\"n\" select=\"40\"/></xsl:call-template>"
            + "</xsl:template><xsl:template name=\"grow\"><xsl:param name=\"v\"/><xsl:param name=\"n\"/><xsl:choose>"
            + "<xsl:when test=\"$n &gt; 0\"><xsl:call-template name=\"grow\"><xsl:with-param name=\"v\" select=\"concat($v, $v)\"/>"
            + "<xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template></xsl:when>"
            + "<xsl:otherwise><xsl:value-of select=\"string-length($v)\"/></xsl:otherwise></xsl:choose></xsl:template>");
    private static final byte[] OK = xsl("", "<xsl:output method=\"text\"/><xsl:template match=\"/\">ok</xsl:template>");

    private final TestSandbox box = new TestSandbox(Duration.ofMillis(700), 1 << 20, 1);

    @AfterEach
    void close() {
        box.close();
    }

    @Test
    void anEndlessComputationIsStoppedAtTheTimeLimitAndItsWorkerFreed() throws Exception {
        Stylesheet endless = box.stylesheets.compile("endless", ENDLESS);

        long start = System.nanoTime();
        assertThatThrownBy(() -> endless.transform(DOC, Map.of()))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TIME_LIMIT);
                    assertThat(e.getMessage()).contains("time limit of 700 ms");
                });
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isBetween(650L, 3000L);

        // one worker only: this runs only if the stopped run let go of it
        assertThat(text(box.stylesheets.compile("ok", OK).transform(DOC, Map.of()))).isEqualTo("ok");
        assertNoSandboxThreadKeepsRunning();
    }

    /** The stopped computation really ended: no sandbox thread is still busy (idle workers wait). */
    private static void assertNoSandboxThreadKeepsRunning() throws InterruptedException {
        Thread.sleep(300);
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("syndicast-xml-sandbox-") && t.isAlive())
                .allSatisfy(t -> assertThat(t.getState()).as(t.getName()).isNotEqualTo(Thread.State.RUNNABLE));
    }

    @Test
    void repeatedEndlessRunsNeverExhaustThePool() throws Exception {
        Stylesheet endless = box.stylesheets.compile("endless", ENDLESS);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> endless.transform(DOC, Map.of(), new Limits(Duration.ofMillis(150), 1000)))
                    .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIME_LIMIT));
        }
        assertThat(text(box.stylesheets.compile("ok", OK).transform(DOC, Map.of()))).isEqualTo("ok");
        assertNoSandboxThreadKeepsRunning();
    }

    @Test
    void aFloodOfOutputIsStoppedAtTheOutputLimit() throws Exception {
        Stylesheet flood = box.stylesheets.compile("flood", FLOOD);

        assertThatThrownBy(() -> flood.transform(DOC, Map.of()))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.OUTPUT_LIMIT);
                    assertThat(e.getMessage()).contains("limit of 1048576 bytes");
                });
        assertThat(text(box.stylesheets.compile("ok", OK).transform(DOC, Map.of()))).isEqualTo("ok");
    }

    @Test
    void aRunThatBalloonsInMemoryIsStoppedAtTheAllocationLimit() throws Exception {
        try (TestSandbox small = new TestSandbox(Duration.ofSeconds(5), 1 << 20, 1, 64L << 20)) {
            Stylesheet balloon = small.stylesheets.compile("balloon", BALLOON);

            long start = System.nanoTime();
            assertThatThrownBy(() -> balloon.transform(DOC, Map.of()))
                    .isInstanceOfSatisfying(TransformException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.MEMORY_LIMIT);
                        assertThat(e.getMessage()).contains("allocated more than the limit of 67108864 bytes");
                    });
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
            assertThat(text(small.stylesheets.compile("ok", OK).transform(DOC, Map.of()))).isEqualTo("ok");
            // a typical entry stays far below such a limit
            byte[] video = small.stylesheets.compile("portal", TestSandbox.resource("mrss/portal.xsl"))
                    .transform(TestSandbox.resource("mrss/entry.xml"), Map.of());
            assertThat(video).isNotEmpty();
            assertNoSandboxThreadKeepsRunning();
        }
    }

    @Test
    void aCallerMayAskForATighterOutputLimit() throws Exception {
        Stylesheet flood = box.stylesheets.compile("flood", FLOOD);

        assertThatThrownBy(() -> flood.transform(DOC, Map.of(), new Limits(Duration.ofSeconds(10), 5000)))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.OUTPUT_LIMIT);
                    assertThat(e.getMessage()).contains("limit of 5000 bytes");
                });
    }

    @Test
    void anOutputExactlyAtTheLimitIsWhole() throws Exception {
        Stylesheet ok = box.stylesheets.compile("ok", OK);

        assertThat(ok.transform(DOC, Map.of(), new Limits(Duration.ofSeconds(1), 2))).hasSize(2);
        assertThatThrownBy(() -> ok.transform(DOC, Map.of(), new Limits(Duration.ofSeconds(1), 1)))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OUTPUT_LIMIT));
    }

    @Test
    void anInputLargerThanTheConfiguredLimitIsRefusedBeforeParsing() throws Exception {
        Stylesheet ok = box.stylesheets.compile("ok", OK);

        assertThatThrownBy(() -> ok.transform(utf8("<r>" + "x".repeat(1 << 20) + "</r>"), Map.of()))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT));
    }
}
