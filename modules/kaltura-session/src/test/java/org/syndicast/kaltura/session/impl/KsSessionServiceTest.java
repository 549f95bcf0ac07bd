package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.kaltura.session.impl.Fixtures.ADMIN_SECRET;
import static org.syndicast.kaltura.session.impl.Fixtures.SECRET;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.session.PartnerSession;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

class KsSessionServiceTest {
    private final Fixtures.TestClock clock = new Fixtures.TestClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final Fixtures.MemoryEndedSessions ended = new Fixtures.MemoryEndedSessions();
    private final PartnerDefinition p100 = Fixtures.partner(100, "default", SECRET, ADMIN_SECRET);
    private final PartnerDefinition p4242 = Fixtures.partner(4242, "", "secret-of-4242-abcdefgh", "admin-of-4242-abcdefgh");
    private final PartnerRegistry partners = Fixtures.registry(p100, p4242);
    private final KsSessionService sessions = node("server-secret");

    private KsSessionService node(String serverSecret) {
        return new KsSessionService(Fixtures.config(86400, 30 * 86400), partners, ended,
                new KsFormat(Fixtures.keys(serverSecret)), clock);
    }

    @Test
    void startedKsVerifiesToItsSession() {
        String ks = sessions.start(100, ADMIN_SECRET, "alice", SessionType.ADMIN, 3600, "disableentitlement");
        PartnerSession s = sessions.verify(ks);
        assertThat(s.partnerId()).isEqualTo(100);
        assertThat(s.partner().organization()).isEqualTo("default");
        assertThat(s.userId()).isEqualTo("alice");
        assertThat(s.type()).isEqualTo(SessionType.ADMIN);
        assertThat(s.privileges()).isEqualTo("disableentitlement");
        assertThat(s.expires()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(ks).matches("[A-Za-z0-9._~-]+");
    }

    @Test
    void everyStartGivesAnotherKs() {
        assertThat(sessions.start(100, SECRET, "", SessionType.USER, 60, null))
                .isNotEqualTo(sessions.start(100, SECRET, "", SessionType.USER, 60, null));
    }

    @Test
    void wrongSecretAndUnknownPartnerAnswerTheSame() {
        assertCode(() -> sessions.start(100, "wrong-secret-0123456789", "", SessionType.USER, 0, null),
                "START_SESSION_ERROR", "Error while starting session for partner [100]");
        assertCode(() -> sessions.start(101, SECRET, "", SessionType.USER, 0, null),
                "START_SESSION_ERROR", "Error while starting session for partner [101]");
        assertCode(() -> sessions.start(4242, SECRET, "", SessionType.USER, 0, null), "START_SESSION_ERROR", "4242");
    }

    @Test
    void adminSessionNeedsTheAdminSecretAndUserSessionTakesEither() {
        assertCode(() -> sessions.start(100, SECRET, "", SessionType.ADMIN, 0, null), "START_SESSION_ERROR", "[100]");
        assertThat(sessions.verify(sessions.start(100, ADMIN_SECRET, "", SessionType.USER, 0, null)).type())
                .isEqualTo(SessionType.USER);
        assertThat(sessions.verify(sessions.start(100, SECRET, "", null, 0, null)).type())
                .isEqualTo(SessionType.USER);
    }

    @Test
    void missingSecretIsAMissingParameterAndTheMessageNeverEchoesASecret() {
        assertCode(() -> sessions.start(100, "", "", SessionType.USER, 0, null), "MISSING_MANDATORY_PARAMETER", "secret");
        assertThatThrownBy(() -> sessions.start(100, "not-the-secret-xyz", "", SessionType.ADMIN, 0, null))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-secret-xyz", SECRET, ADMIN_SECRET));
    }

    @Test
    void expiredKsIsInvalidAndSaysExpired() {
        String ks = sessions.start(100, SECRET, "", SessionType.USER, 60, null);
        clock.advance(59);
        assertThat(sessions.verify(ks).userId()).isEmpty();
        clock.advance(1);
        assertCode(() -> sessions.verify(ks), "INVALID_KS", "expired");
    }

    @Test
    void expiryDefaultsAndIsCutToTheMaximum() {
        Instant now = clock.instant();
        assertThat(sessions.verify(sessions.start(100, SECRET, "", SessionType.USER, 0, null)).expires())
                .isEqualTo(now.plusSeconds(86400));
        assertThat(sessions.verify(sessions.start(100, SECRET, "", SessionType.USER, -5, null)).expires())
                .isEqualTo(now.plusSeconds(86400));
        assertThat(sessions.verify(sessions.start(100, SECRET, "", SessionType.USER, 10L * 365 * 86400, null))
                .expires()).isEqualTo(now.plusSeconds(30 * 86400));
    }

    @Test
    void endedKsIsRefusedByEveryNodeSharingTheDatabase() {
        KsSessionService otherNode = node("server-secret");
        String ks = sessions.start(100, ADMIN_SECRET, "bob", SessionType.ADMIN, 3600, null);
        assertThat(otherNode.verify(ks).userId()).isEqualTo("bob");
        assertThat(sessions.end(ks).userId()).isEqualTo("bob");
        assertThat(ended.ended.values()).containsExactly(clock.instant().plusSeconds(3600));
        assertCode(() -> sessions.verify(ks), "INVALID_KS", "ended");
        assertCode(() -> otherNode.verify(ks), "INVALID_KS", "ended");
        assertCode(() -> otherNode.end(ks), "INVALID_KS", "ended");
        assertThat(sessions.verify(sessions.start(100, ADMIN_SECRET, "bob", SessionType.ADMIN, 3600, null)).userId())
                .isEqualTo("bob");
    }

    @Test
    void aNodeWithAnotherServerSecretRefusesTheKs() {
        String ks = sessions.start(100, SECRET, "", SessionType.USER, 60, null);
        assertCode(() -> node("another-server-secret").verify(ks), "INVALID_KS", "not a session of this server");
    }

    @Test
    void changedSecretEndsTheSessionsItStarted() {
        String user = sessions.start(100, SECRET, "", SessionType.USER, 3600, null);
        String admin = sessions.start(100, ADMIN_SECRET, "", SessionType.ADMIN, 3600, null);
        p100.modified(partnerConfig(100, "default", "a-new-user-secret-0000", ADMIN_SECRET));
        assertCode(() -> sessions.verify(user), "INVALID_KS", "secret or organization changed");
        assertThat(sessions.verify(admin).type()).isEqualTo(SessionType.ADMIN);
        p100.modified(partnerConfig(100, "default", "a-new-user-secret-0000", "a-new-admin-secret-0000"));
        assertCode(() -> sessions.verify(admin), "INVALID_KS", "secret or organization changed");
        assertCode(() -> sessions.start(100, ADMIN_SECRET, "", SessionType.ADMIN, 0, null), "START_SESSION_ERROR", "100");
        assertThat(sessions.start(100, "a-new-admin-secret-0000", "", SessionType.ADMIN, 0, null)).isNotEmpty();
    }

    @Test
    void changedOrganizationEndsThePartnersSessions() {
        String ks = sessions.start(100, SECRET, "", SessionType.USER, 3600, null);
        p100.modified(partnerConfig(100, "elsewhere", SECRET, ADMIN_SECRET));
        assertCode(() -> sessions.verify(ks), "INVALID_KS", "changed");
        assertThat(sessions.verify(sessions.start(100, SECRET, "", SessionType.USER, 3600, null)).partner()
                .organization()).isEqualTo("elsewhere");
    }

    @Test
    void removedPartnerEndsItsSessions() {
        String ks = sessions.start(4242, "admin-of-4242-abcdefgh", "", SessionType.ADMIN, 3600, null);
        assertThat(sessions.verify(ks).partner().organization()).isEqualTo("4242");
        partners.removeDefinition(p4242);
        assertCode(() -> sessions.verify(ks), "INVALID_KS", "partner [4242] is not configured");
    }

    @Test
    void aKsOfOnePartnerNeverActsForAnother() {
        String ks = sessions.start(4242, "admin-of-4242-abcdefgh", "", SessionType.ADMIN, 3600, null);
        String[] parts = ks.split("\\.");
        parts[1] = "100";
        assertCode(() -> sessions.verify(String.join(".", parts)), "INVALID_KS", "not a session");
        assertThat(sessions.verify(ks).partnerId()).isEqualTo(4242);
    }

    @Test
    void overlongOrControlCharacterUserIdsAndPrivilegesAreRefused() {
        assertCode(() -> sessions.start(100, SECRET, "u".repeat(257), SessionType.USER, 0, null),
                "PROPERTY_VALIDATION_WRONG_FORMAT", "userId");
        assertCode(() -> sessions.start(100, SECRET, "a\nb", SessionType.USER, 0, null),
                "PROPERTY_VALIDATION_WRONG_FORMAT", "userId");
        assertCode(() -> sessions.start(100, SECRET, "", SessionType.USER, 0, "p".repeat(1025)),
                "PROPERTY_VALIDATION_WRONG_FORMAT", "privileges");
        assertThat(sessions.verify(sessions.start(100, SECRET, "u".repeat(256), SessionType.USER, 0, "p".repeat(1024)))
                .userId()).hasSize(256);
    }

    @Test
    void garbageKsIsInvalid() {
        assertCode(() -> sessions.verify("not a ks"), "INVALID_KS", "not a session of this server");
        assertCode(() -> sessions.end(null), "INVALID_KS", "not a session of this server");
    }

    static PartnerConfig partnerConfig(int id, String org, String secret, String adminSecret) {
        return new PartnerConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return PartnerConfig.class;
            }

            @Override
            public int id() {
                return id;
            }

            @Override
            public String name() {
                return "";
            }

            @Override
            public String organization() {
                return org;
            }

            @Override
            public String _secret() {
                return secret;
            }

            @Override
            public String _admin_secret() {
                return adminSecret;
            }
        };
    }

    static void assertCode(ThrowingCallable call, String code, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(SessionException.class)
                .satisfies(e -> assertThat(((SessionException) e).code()).isEqualTo(code))
                .hasMessageContaining(messagePart);
    }
}
