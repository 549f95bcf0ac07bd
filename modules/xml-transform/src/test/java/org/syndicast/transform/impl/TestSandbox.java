package org.syndicast.transform.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.syndicast.transform.Limits;
import org.syndicast.transform.ResultsParsers;
import org.syndicast.transform.Schemas;
import org.syndicast.transform.Stylesheets;

/** A sandbox with test limits and the three services on it, as the DS wiring makes them. */
final class TestSandbox implements AutoCloseable {
    final Sandbox sandbox;
    final Stylesheets stylesheets;
    final Schemas schemas;
    final ResultsParsers parsers;

    /** With an allocation limit so high that only the time limit stops a busy run. */
    TestSandbox(Duration time, long outputBytes, int workers) {
        this(time, outputBytes, workers, 1L << 40);
    }

    TestSandbox(Duration time, long outputBytes, int workers, long allocationBytes) {
        SandboxSettings defaults = SandboxSettings.defaults();
        sandbox = new Sandbox(new SandboxSettings(new Limits(time, outputBytes), allocationBytes, workers, defaults.queue(),
                defaults.stackKib(), defaults.cacheEntries(), 64 * 1024));
        stylesheets = new StylesheetService(sandbox);
        schemas = new SchemaService(sandbox);
        parsers = new ResultsParserService(sandbox, stylesheets);
    }

    TestSandbox() {
        this(Duration.ofSeconds(2), 1 << 20, 2);
    }

    static byte[] resource(String name) {
        try (InputStream in = TestSandbox.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A stylesheet around {@code body} (templates and top-level elements), with extra namespace declarations. */
    static byte[] xsl(String namespaces, String body) {
        return utf8("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" " + namespaces
                + ">\n" + body + "\n</xsl:stylesheet>");
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
