package org.syndicast.kaltura.session;

/** Kaltura's {@code KalturaSessionType}: what a KS may do, and which partner secret starts it. */
public enum SessionType {
    /** 0: started with the partner's secret (or admin secret); reads. */
    USER(0),
    /** 2: started with the partner's admin secret only; reads and changes. */
    ADMIN(2);

    private final int value;

    SessionType(int value) {
        this.value = value;
    }

    /** The value on the wire. */
    public int value() {
        return value;
    }

    /**
     * The type of a wire value.
     *
     * @throws SessionException {@code INVALID_ENUM_VALUE} for anything but 0 and 2
     */
    public static SessionType of(int value) {
        for (SessionType t : values()) {
            if (t.value == value) {
                return t;
            }
        }
        throw new SessionException(SessionException.INVALID_ENUM_VALUE,
                "Invalid enumeration value [" + value + "] for parameter [type], expected 0 (USER) or 2 (ADMIN)");
    }
}
