package org.syndicast.transform;

/**
 * Compiles XSLT 1.0 stylesheets for the sandbox (the JDK's own XSLTC, never another processor in the server).
 * A stylesheet must be self-contained: one upload, no {@code xsl:include}/{@code xsl:import}, no DTD, no
 * extension functions or elements (no prefixed function calls at all, {@code exsl:node-set} included), only
 * XSLT 1.0 instructions. {@code document()} resolves nothing ({@code document('')} yields an empty node-set;
 * any other URI fails the run). {@code system-property()} answers only {@code xsl:version}, {@code xsl:vendor}
 * and {@code xsl:vendor-url}.
 */
public interface Stylesheets {
    /**
     * The compiled form of {@code xslt}, from the cache when the same {@code name} and bytes (by SHA-256) were
     * compiled before. {@code name} only labels messages and the cache (say "action-12/submit v3").
     *
     * @throws TransformException {@code INVALID_SOURCE} or {@code FORBIDDEN}, with every problem found and
     *         its line and column, so that an upload can be refused with exactly what is wrong
     */
    Stylesheet compile(String name, byte[] xslt) throws TransformException;
}
