package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.syndicast.kaltura.session.impl.Fixtures.ADMIN_SECRET;
import static org.syndicast.kaltura.session.impl.Fixtures.SECRET;
import static org.syndicast.kaltura.session.impl.KsSessionServiceTest.assertCode;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.session.SessionType;

class SessionActionsTest {
    private final KsSessionService sessions = new KsSessionService(Fixtures.config(86400, 86400),
            Fixtures.registry(Fixtures.partner(100, "default", SECRET, ADMIN_SECRET)),
            new Fixtures.MemoryEndedSessions(), new KsFormat(Fixtures.keys("server")),
            new Fixtures.TestClock(Instant.parse("2026-12-01T00:00:00Z")));
    private final SessionActions actions = new SessionActions(sessions);

    @Test
    void startWithWhatTheJavaClientSends() {
        String ks = actions.start(100, ADMIN_SECRET, "", 2, 86400L, null);
        assertThat(sessions.verify(ks).type()).isEqualTo(SessionType.ADMIN);
    }

    @Test
    void startDefaultsToAUserSessionOfTheDefaultExpiry() {
        String ks = actions.start(100, SECRET, null, null, null, null);
        assertThat(sessions.verify(ks).type()).isEqualTo(SessionType.USER);
        assertThat(sessions.verify(ks).expires()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void startRefusesMissingAndWrongParameters() {
        assertCode(() -> actions.start(null, SECRET, "", 0, null, null), "MISSING_MANDATORY_PARAMETER", "partnerId");
        assertCode(() -> actions.start(100, null, "", 0, null, null), "MISSING_MANDATORY_PARAMETER", "secret");
        assertCode(() -> actions.start(100, SECRET, "", 1, null, null), "INVALID_ENUM_VALUE", "type");
        assertCode(() -> actions.start(-1, SECRET, "", 0, null, null), "START_SESSION_ERROR", "[-1]");
    }

    @Test
    void endEndsTheCallsKsAndNeedsOne() {
        String ks = actions.start(100, SECRET, "", 0, null, null);
        actions.end(ks);
        assertCode(() -> sessions.verify(ks), "INVALID_KS", "ended");
        assertCode(() -> actions.end(ks), "INVALID_KS", "ended");
        assertCode(() -> actions.end(null), "MISSING_KS", "Missing KS");
    }
}
