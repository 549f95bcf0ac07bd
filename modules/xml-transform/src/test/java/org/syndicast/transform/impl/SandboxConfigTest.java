package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.text;
import static org.syndicast.transform.impl.TestSandbox.utf8;
import static org.syndicast.transform.impl.TestSandbox.xsl;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;

/** The configuration: minimums, and live changes that keep compiled stylesheets usable. */
class SandboxConfigTest {
    private static final byte[] DOC = utf8("<r/>");
    private static final byte[] SLOW = xsl("", "<xsl:template match=\"/\"><xsl:call-template name=\"t\"><xsl:with-param name=\"n\" select=\"60\"/>"
            + "</xsl:call-template></xsl:template><xsl:template name=\"t\"><xsl:param name=\"n\"/><xsl:if test=\"$n &gt; 0\">"
            + "<xsl:call-template name=\"t\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template>"
            + "<xsl:call-template name=\"t\"><xsl:with-param name=\"n\" select=\"$n - 1\"/></xsl:call-template></xsl:if></xsl:template>");
    private static final byte[] OK = xsl("", "<xsl:output method=\"text\"/><xsl:template match=\"/\">ok</xsl:template>");

    /** A TransformConfig as Configuration Admin would give it: defaults, some keys set. */
    static TransformConfig config(Map<String, Object> values) {
        return (TransformConfig) Proxy.newProxyInstance(TransformConfig.class.getClassLoader(),
                new Class<?>[] {TransformConfig.class},
                (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        SandboxSettings settings = SandboxSettings.from(config(Map.of()));

        assertThat(settings).isEqualTo(SandboxSettings.defaults());
        assertThat(settings.limits().time()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.limits().outputBytes()).isEqualTo(16L << 20);
        assertThat(settings.allocationBytes()).isEqualTo(256L << 20);
    }

    @Test
    void valuesBelowTheirMinimumAreRaised() {
        SandboxSettings settings = SandboxSettings.from(config(Map.of("time_limit_ms", 0L, "output_limit_bytes", -5L,
                "allocation_limit_bytes", 5L, "workers", 0, "queue", -1, "stack_kib", 1, "cache_entries", 0, "regex_max_input_bytes", 0)));

        assertThat(settings.limits().time()).isEqualTo(Duration.ofMillis(10));
        assertThat(settings.limits().outputBytes()).isEqualTo(1024);
        assertThat(settings.allocationBytes()).isEqualTo(16L << 20);
        assertThat(settings.workers()).isEqualTo(1);
        assertThat(settings.queue()).isZero();
        assertThat(settings.stackKib()).isEqualTo(256);
        assertThat(settings.cacheEntries()).isEqualTo(1);
        assertThat(settings.regexMaxInputBytes()).isEqualTo(1);
    }

    @Test
    void aLiveChangeAppliesToStylesheetsCompiledBefore() throws Exception {
        Sandbox sandbox = new Sandbox(config(Map.of("time_limit_ms", 5000L)));
        try {
            Stylesheet slow = new StylesheetService(sandbox).compile("slow", SLOW);

            sandbox.modified(config(Map.of("time_limit_ms", 150L, "workers", 2, "stack_kib", 1024,
                    "allocation_limit_bytes", 1L << 40)));

            long start = System.nanoTime();
            assertThatThrownBy(() -> slow.transform(DOC, Map.of()))
                    .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.getMessage()).contains("150 ms"));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        } finally {
            sandbox.close();
        }
    }

    @Test
    void aFullPoolRefusesAtOnce() throws Exception {
        Sandbox sandbox = new Sandbox(config(Map.of("time_limit_ms", 1500L, "workers", 1, "queue", 0,
                "allocation_limit_bytes", 1L << 40)));
        try {
            StylesheetService stylesheets = new StylesheetService(sandbox);
            Stylesheet slow = stylesheets.compile("slow", SLOW);
            Stylesheet ok = stylesheets.compile("ok", OK);
            CompletableFuture<Kind> busy = CompletableFuture.supplyAsync(() -> {
                try {
                    slow.transform(DOC, Map.of());
                    return null;
                } catch (TransformException e) {
                    return e.kind();
                }
            });
            Thread.sleep(300);

            assertThatThrownBy(() -> ok.transform(DOC, Map.of()))
                    .isInstanceOfSatisfying(TransformException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("busy");
                    });
            assertThat(busy.get()).isEqualTo(Kind.TIME_LIMIT);
            assertThat(text(ok.transform(DOC, Map.of()))).isEqualTo("ok");
        } finally {
            sandbox.close();
        }
    }

    @Test
    void aStoppedServiceSaysSo() throws Exception {
        Sandbox sandbox = new Sandbox(config(Map.of()));
        Stylesheet ok = new StylesheetService(sandbox).compile("ok", OK);
        sandbox.close();

        assertThatThrownBy(() -> ok.transform(DOC, Map.of()))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("stopped");
                });
    }
}
