package org.syndicast.asset.rest.impl;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * Exceptions as status, code and message, for both servlets' one error path: input errors keep theirs,
 * anything else is logged once under a reference the caller gets instead of a stack trace or SQL text.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** A failure as the caller is told it. */
    record Told(int status, String code, String message) {
    }

    private Failures() {
    }

    static Told of(Throwable e) {
        if (e instanceof InvalidInputException i) {
            return new Told(i.status(), i.code(), i.getMessage());
        }
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", ref, e);
        return new Told(500, "INTERNAL_ERROR", "Internal error; the server log has it under reference " + ref);
    }

    static InvalidInputException notFound() {
        return new InvalidInputException("NOT_FOUND", "No such endpoint", 404);
    }

    static InvalidInputException methodNotAllowed() {
        return new InvalidInputException("METHOD_NOT_ALLOWED", "This endpoint does not take that method", 405);
    }
}
