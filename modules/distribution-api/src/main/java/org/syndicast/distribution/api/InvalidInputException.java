package org.syndicast.distribution.api;

import java.util.Objects;

/**
 * Input a caller sent that cannot be acted on. Every dialect answers it with a 4xx and an error
 * document carrying {@link #code()}; the message is for people and never holds a secret.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    /** A 400 with the given stable UPPER_SNAKE code. */
    public InvalidInputException(String code, String message) {
        this(code, message, 400);
    }

    /** An error with its own HTTP status (404 for a missing thing, 413 for too large, ...). */
    public InvalidInputException(String code, String message, int status) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
    }

    /** A stable UPPER_SNAKE word, e.g. {@code ELEMENT_NOT_FOUND}. */
    public String code() {
        return code;
    }

    /** The HTTP status this error is answered with. */
    public int status() {
        return status;
    }
}
