package org.syndicast.channel.ftp.impl;

import java.io.IOException;

/** Opens logged-in sessions to one configured target; owns what they share (an SSH client, a TLS context). */
interface Connector extends AutoCloseable {

    /**
     * Connects and logs in.
     *
     * @throws RemoteFailure when the server refuses (login, host key, certificate), {@link IOException} when it
     *                       cannot be reached
     */
    RemoteSession open() throws IOException;

    /** Releases what the sessions shared; sessions still open may stop working. Never throws. */
    @Override
    void close();
}
