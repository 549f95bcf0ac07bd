package org.syndicast.channel.ftp.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SessionPoolTest {

    /** A session that only knows whether it is alive and closed. */
    static final class FakeSession implements RemoteSession {
        boolean alive = true;
        boolean closed;

        @Override public String home() { return "/"; }
        @Override public boolean makeDirectory(String path) { return true; }
        @Override public boolean isDirectory(String path) { return true; }
        @Override public long upload(InputStream in, String path) { return 0; }
        @Override public OptionalLong size(String path) { return OptionalLong.empty(); }
        @Override public void rename(String from, String to) { }
        @Override public boolean delete(String path) { return true; }
        @Override public List<Entry> list(String directory) { return List.of(); }
        @Override public boolean removeDirectory(String path) { return true; }
        @Override public boolean isAlive() { return alive && !closed; }
        @Override public void close() { closed = true; }
    }

    static final class FakeConnector implements Connector {
        final List<FakeSession> opened = new ArrayList<>();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public RemoteSession open() {
            FakeSession s = new FakeSession();
            opened.add(s);
            return s;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    FakeConnector connector = new FakeConnector();

    @Test
    void aReturnedSessionIsReused() throws Exception {
        SessionPool pool = new SessionPool(connector, 2, Duration.ofMinutes(1));
        RemoteSession first = pool.borrow().orElseThrow();
        pool.release(first, true);
        assertThat(pool.borrow().orElseThrow()).isSameAs(first);
        assertThat(connector.opened).hasSize(1);
    }

    @Test
    void aDeadOrBrokenSessionIsNotReused() throws Exception {
        SessionPool pool = new SessionPool(connector, 2, Duration.ofMinutes(1));
        FakeSession first = (FakeSession) pool.borrow().orElseThrow();
        pool.release(first, true);
        first.alive = false;
        RemoteSession second = pool.borrow().orElseThrow();
        assertThat(second).isNotSameAs(first);
        assertThat(first.closed).isTrue();

        pool.release(second, false);
        assertThat(((FakeSession) second).closed).isTrue();
        assertThat(pool.idleCount()).isZero();
    }

    @Test
    void atMostMaxIdleAreKept() throws Exception {
        SessionPool pool = new SessionPool(connector, 1, Duration.ofMinutes(1));
        RemoteSession a = pool.borrow().orElseThrow();
        RemoteSession b = pool.borrow().orElseThrow();
        pool.release(a, true);
        pool.release(b, true);
        assertThat(pool.idleCount()).isEqualTo(1);
        assertThat(((FakeSession) b).closed).isTrue();
    }

    @Test
    void idleSessionsExpire() throws Exception {
        SessionPool pool = new SessionPool(connector, 2, Duration.ofMillis(1));
        FakeSession s = (FakeSession) pool.borrow().orElseThrow();
        pool.release(s, true);
        Thread.sleep(5);
        pool.evictIdle();
        assertThat(s.closed).isTrue();
        assertThat(pool.idleCount()).isZero();
    }

    @Test
    void closingThePoolClosesTheConnectorAfterTheLastBorrowedSessionReturns() throws Exception {
        SessionPool pool = new SessionPool(connector, 2, Duration.ofMinutes(1));
        FakeSession idle = (FakeSession) pool.borrow().orElseThrow();
        FakeSession busy = (FakeSession) pool.borrow().orElseThrow();
        pool.release(idle, true);

        pool.close();
        assertThat(idle.closed).isTrue();
        assertThat(busy.closed).isFalse();
        assertThat(connector.closed).isFalse();
        assertThat(pool.borrow()).isEmpty();

        pool.release(busy, true);
        assertThat(busy.closed).isTrue();
        assertThat(connector.closed).isTrue();
    }
}
