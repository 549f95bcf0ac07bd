package org.syndicast.channel.ftp.impl;

import java.io.IOException;

/**
 * The server answered, and said no: a refused login, a host key or certificate we do not trust, or a command
 * refused with a reply code. {@link #permanent()} tells whether trying again later may help (FTP 4xx replies,
 * a full disk) or not (5xx replies, permissions). Messages carry the server's reply, never our secrets.
 */
final class RemoteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal, as the stable code the job reports. */
    enum Kind {
        AUTH_FAILED, HOST_KEY_REJECTED, TLS_FAILED, REFUSED, SIZE_MISMATCH
    }

    private final Kind kind;
    private final boolean permanent;

    RemoteFailure(Kind kind, String message, boolean permanent) {
        super(message);
        this.kind = kind;
        this.permanent = permanent;
    }

    RemoteFailure(Kind kind, String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.permanent = permanent;
    }

    Kind kind() {
        return kind;
    }

    boolean permanent() {
        return permanent;
    }
}
