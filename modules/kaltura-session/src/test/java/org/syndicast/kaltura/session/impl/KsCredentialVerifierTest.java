package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.kaltura.session.impl.Fixtures.ADMIN_SECRET;
import static org.syndicast.kaltura.session.impl.Fixtures.SECRET;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.kaltura.session.SessionType;

class KsCredentialVerifierTest {
    private final Fixtures.TestClock clock = new Fixtures.TestClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final KsSessionService sessions = new KsSessionService(Fixtures.config(86400, 86400),
            Fixtures.registry(Fixtures.partner(100, "default", SECRET, ADMIN_SECRET),
                    Fixtures.partner(4242, "tenant-b", "secret-of-4242-abcdefgh", "admin-of-4242-abcdefgh")),
            new Fixtures.MemoryEndedSessions(), new KsFormat(Fixtures.keys("server")), clock);
    private final KsCredentialVerifier verifier = new KsCredentialVerifier(Fixtures.config(86400, 86400), sessions);

    private static RequestCredentials withKs(String ks) {
        Map<String, String> params = ks == null ? Map.of() : Map.of("ks", ks);
        return RequestCredentials.of(n -> null, n -> null, params::get);
    }

    @Test
    void requestWithoutKsIsNotThisVerifiersBusiness() {
        assertThat(verifier.verify(withKs(null))).isEmpty();
        assertThat(verifier.verify(withKs(""))).isEmpty();
    }

    @Test
    void adminKsGivesTheAdminRolesInThePartnersOrganization() {
        String ks = sessions.start(4242, "admin-of-4242-abcdefgh", "carol", SessionType.ADMIN, 0, null);
        assertThat(verifier.verify(withKs(ks)))
                .hasValue(new Caller("carol", java.util.Set.of("syndicast-publisher"), "tenant-b", "ks"));
    }

    @Test
    void userKsGivesTheUserRolesAndAPartnerUserWhenItNamesNone() {
        Caller caller = verifier.verify(withKs(sessions.start(100, SECRET, "", SessionType.USER, 0, null))).orElseThrow();
        assertThat(caller.user()).isEqualTo("partner-100");
        assertThat(caller.roles()).containsExactlyInAnyOrder("syndicast-viewer", "viewer");
        assertThat(caller.organization()).isEqualTo("default");
        assertThat(caller.scheme()).isEqualTo("ks");
    }

    @Test
    void presentButBadKsIsA401InvalidKs() {
        String ks = sessions.start(100, SECRET, "", SessionType.USER, 60, null);
        assertThatThrownBy(() -> verifier.verify(withKs(ks + "x"))).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> {
                    AccessDeniedException a = (AccessDeniedException) e;
                    assertThat(a.status()).isEqualTo(401);
                    assertThat(a.code()).isEqualTo("INVALID_KS");
                    assertThat(a.getMessage()).doesNotContain(ks);
                });
        clock.advance(60);
        assertThatThrownBy(() -> verifier.verify(withKs(ks))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void endedKsIsA401() {
        String ks = sessions.start(100, ADMIN_SECRET, "", SessionType.ADMIN, 60, null);
        new SessionActions(sessions).end(ks);
        assertThatThrownBy(() -> verifier.verify(withKs(ks))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ended");
    }
}
