package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A few logged-in sessions of one configuration kept for reuse, so that the elements of a job (and the jobs that
 * follow) skip the connect, TLS or SSH handshake and login. A session is checked with a round trip before it is
 * handed out again, and closed after {@code idleTimeout} unused. When the configuration changes the pool is
 * closed: idle sessions at once, borrowed ones when they come back, and the connector after the last one.
 */
final class SessionPool implements AutoCloseable {
    private final Connector connector;
    private final int maxIdle;
    private final long idleTimeoutNanos;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private int borrowed;
    private boolean closed;
    private boolean connectorClosed;

    SessionPool(Connector connector, int maxIdle, Duration idleTimeout) {
        this.connector = connector;
        this.maxIdle = maxIdle;
        this.idleTimeoutNanos = idleTimeout.toNanos();
    }

    /** A working session, reused or new; empty when this pool was closed (the configuration changed). */
    Optional<RemoteSession> borrow() throws IOException {
        while (true) {
            Idle candidate;
            synchronized (this) {
                if (closed) {
                    return Optional.empty();
                }
                borrowed++;
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                break;
            }
            if (!candidate.expired(System.nanoTime(), idleTimeoutNanos) && candidate.session().isAlive()) {
                return Optional.of(candidate.session());
            }
            candidate.session().close();
            returned();
        }
        try {
            return Optional.of(connector.open());
        } catch (IOException | RuntimeException e) {
            returned();
            throw e;
        }
    }

    /** Gives a session back; one that failed mid-operation ({@code reusable == false}) is closed. */
    void release(RemoteSession session, boolean reusable) {
        boolean keep;
        synchronized (this) {
            keep = reusable && !closed && idle.size() < maxIdle;
            if (keep) {
                idle.addFirst(new Idle(session, System.nanoTime()));
            }
        }
        if (!keep) {
            session.close();
        }
        returned();
    }

    /** Closes the sessions unused for longer than the idle timeout. */
    void evictIdle() {
        List<RemoteSession> expired = new ArrayList<>();
        long now = System.nanoTime();
        synchronized (this) {
            for (Iterator<Idle> it = idle.iterator(); it.hasNext();) {
                Idle entry = it.next();
                if (entry.expired(now, idleTimeoutNanos)) {
                    it.remove();
                    expired.add(entry.session());
                }
            }
        }
        expired.forEach(RemoteSession::close);
    }

    synchronized int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        List<RemoteSession> sessions = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.forEach(i -> sessions.add(i.session()));
            idle.clear();
        }
        sessions.forEach(RemoteSession::close);
        closeConnectorWhenUnused();
    }

    private void returned() {
        synchronized (this) {
            borrowed--;
        }
        closeConnectorWhenUnused();
    }

    private void closeConnectorWhenUnused() {
        synchronized (this) {
            if (!closed || borrowed > 0 || connectorClosed) {
                return;
            }
            connectorClosed = true;
        }
        connector.close();
    }

    private record Idle(RemoteSession session, long since) {
        boolean expired(long now, long timeoutNanos) {
            return now - since > timeoutNanos;
        }
    }
}
