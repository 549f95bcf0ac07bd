package org.syndicast.distribution.api;

import java.util.Objects;

/**
 * A channel could not place or remove an element. {@link #retryable()} tells the job core whether
 * trying again later may succeed (a target that is down) or not (bad credentials, a missing bucket).
 */
public class DistributionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean retryable;

    public DistributionException(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.retryable = retryable;
    }

    /** A failure that may pass: I/O to the target, a timeout, a refused connection. */
    public static DistributionException transientFailure(String code, String message, Throwable cause) {
        return new DistributionException(code, message, true, cause);
    }

    /** A failure that trying again will not mend. */
    public static DistributionException permanent(String code, String message, Throwable cause) {
        return new DistributionException(code, message, false, cause);
    }

    /** A stable UPPER_SNAKE word, e.g. {@code TARGET_UNREACHABLE}. */
    public String code() {
        return code;
    }

    /** Whether the job core should try again after a backoff. */
    public boolean retryable() {
        return retryable;
    }
}
