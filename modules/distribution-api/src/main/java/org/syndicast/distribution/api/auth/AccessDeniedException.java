package org.syndicast.distribution.api.auth;

/**
 * A request that may not proceed: {@link #status()} 401 when it proved no caller (no, wrong or expired
 * credentials), 403 when the caller lacks the role. Every dialect maps it to its own error document; a 401
 * also sends {@link #challenge()} as {@code WWW-Authenticate} where the dialect uses HTTP authentication.
 */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The challenge of a 401 for HTTP Basic clients. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Syndicast\", charset=\"UTF-8\"";

    private final int status;
    private final String code;

    public AccessDeniedException(int status, String code, String message) {
        super(message);
        if (status != 401 && status != 403) {
            throw new IllegalArgumentException("status must be 401 or 403: " + status);
        }
        this.status = status;
        this.code = code;
    }

    /** 401 or 403. */
    public int status() {
        return status;
    }

    /** A stable code: {@code UNAUTHORIZED}, {@code FORBIDDEN}, or a verifier's own (e.g. {@code INVALID_KS}). */
    public String code() {
        return code;
    }

    /** The {@code WWW-Authenticate} value of a 401; null for a 403. */
    public String challenge() {
        return status == 401 ? BASIC_CHALLENGE : null;
    }
}
