package org.syndicast.distribution.api.xml;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A listening socket on the loopback interface that no well-behaved parser ever connects to: XXE tests
 * point external DTDs and entities at it and then assert that nobody knocked.
 */
final class Canary implements AutoCloseable {
    private final ServerSocket socket;

    Canary() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canary's base URL, {@code http://127.0.0.1:port}. */
    String url() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** Fails when anything has connected since the canary opened. */
    void assertUntouched() {
        try {
            socket.setSoTimeout(300);
            try (Socket s = socket.accept()) {
                fail("the parser connected to " + url() + " to fetch an external resource");
            }
        } catch (SocketTimeoutException expected) {
            // nobody came
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
