package org.syndicast.transform;

import java.util.Map;

/**
 * A compiled stylesheet: immutable, thread-safe, reusable for any number of concurrent runs. Each run parses
 * its input without DTDs, runs on one of the service's sandbox workers (a bounded pool with a bounded stack)
 * and is stopped at its time, allocation and output limits. Input is bytes, never a caller's {@code Source}:
 * the sandbox parses every document itself, with its own safe parser.
 */
public interface Stylesheet {
    /** The name it was compiled under. */
    String name();

    /** Lower-case hex SHA-256 of the stylesheet's bytes: its version. */
    String digest();

    /**
     * Transforms {@code input} (an XML document) with the given top-level parameters (each a string value;
     * names the stylesheet does not declare are ignored) within the service's configured limits.
     *
     * @return the serialized output, in the encoding the stylesheet's {@code xsl:output} asks for (UTF-8 by
     *         default)
     * @throws TransformException {@code INVALID_INPUT}, {@code FORBIDDEN} (a refused {@code document()}),
     *         {@code RUN_FAILED}, {@code TIME_LIMIT}, {@code MEMORY_LIMIT}, {@code OUTPUT_LIMIT},
     *         {@code RECURSION_LIMIT} or {@code UNAVAILABLE}
     */
    default byte[] transform(byte[] input, Map<String, String> params) throws TransformException {
        return transform(input, params, null);
    }

    /**
     * As {@link #transform(byte[], Map)}, within {@code limits} (lowered to the configured ones; {@code null}
     * means the configured ones).
     */
    byte[] transform(byte[] input, Map<String, String> params, Limits limits) throws TransformException;
}
