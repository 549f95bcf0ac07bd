package org.syndicast.transform;

import java.util.Optional;

/**
 * Reads a remote platform's answer for the remote id of what was delivered. Thread-safe and reusable; runs in
 * the sandbox with the service's limits.
 */
public interface ResultsParser {
    /** How it parses. */
    ResultsParserType type();

    /**
     * The remote id found in {@code response}, stripped of surrounding white space; empty when the answer holds
     * none (no match, an empty XPath result, a stylesheet printing nothing).
     *
     * @throws TransformException {@code INVALID_INPUT} (an XML parser given a response that is not XML, or
     *         a response larger than the limit), {@code TIME_LIMIT} and the other run failures
     */
    Optional<String> remoteId(byte[] response) throws TransformException;
}
