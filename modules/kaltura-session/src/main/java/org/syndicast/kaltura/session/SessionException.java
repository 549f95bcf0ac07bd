package org.syndicast.kaltura.session;

import java.util.Objects;

/**
 * A refused session call, with the Kaltura error code the {@code /api_v3} wire answers and a message for
 * people. Messages never contain a secret or a KS.
 */
public final class SessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wrong partner or secret on {@code session.start}. */
    public static final String START_SESSION_ERROR = "START_SESSION_ERROR";
    /** A KS that does not work: forged, expired, ended, or of a removed or changed partner. */
    public static final String INVALID_KS = "INVALID_KS";
    /** A call that needs a KS came without one. */
    public static final String MISSING_KS = "MISSING_KS";
    /** A required parameter is absent. */
    public static final String MISSING_MANDATORY_PARAMETER = "MISSING_MANDATORY_PARAMETER";
    /** A session type other than 0 and 2. */
    public static final String INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE";
    /** A user id or privileges text that is too long or holds control characters. */
    public static final String PROPERTY_VALIDATION_WRONG_FORMAT = "PROPERTY_VALIDATION_WRONG_FORMAT";

    private final String code;

    public SessionException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The Kaltura error code, one of the constants of this class. */
    public String code() {
        return code;
    }
}
