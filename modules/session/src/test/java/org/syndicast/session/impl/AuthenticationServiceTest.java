package org.syndicast.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;

/** The decisions of the one authentication service, with a password table standing in for the JAAS realm. */
class AuthenticationServiceTest {
    private static final Map<String, String> PASSWORDS = Map.of("admin", "secret", "pub", "pw", "viewer", "pw",
            "nobody", "pw", "acme", "pw");
    private static final Map<String, Set<String>> ROLES = Map.of("admin", Set.of("admin"), "pub",
            Set.of("syndicast-publisher"), "viewer", Set.of("viewer"), "nobody", Set.of(), "acme",
            Set.of("syndicast-publisher", "syndicast-tenant-acme"));

    private final SessionKeys keys = new SessionKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final AuthenticationService auth = new AuthenticationService(new HmacSessionService(keys),
            (user, password) -> password.equals(PASSWORDS.get(user)) ? Optional.of(ROLES.get(user)) : Optional.empty(),
            config());

    @Test
    void basicActsInTheDefaultOrganization() {
        Caller caller = auth.authorize(header(basic("pub", "pw")), Access.WRITE);
        assertThat(caller.user()).isEqualTo("pub");
        assertThat(caller.organization()).isEqualTo("default");
        assertThat(caller.scheme()).isEqualTo("basic");
    }

    @Test
    void noOrWrongCredentialsAre401AndAMissingRoleIs403() {
        assertDenied(RequestCredentials.of(n -> null, n -> null, n -> null), Access.READ, 401);
        assertDenied(header(basic("pub", "wrong")), Access.READ, 401);
        assertDenied(header("Bearer not-a-key"), Access.READ, 401);
        assertDenied(header(basic("nobody", "pw")), Access.READ, 403);
        assertDenied(header(basic("viewer", "pw")), Access.WRITE, 403);
        assertThat(auth.authorize(header(basic("viewer", "pw")), Access.READ).user()).isEqualTo("viewer");
    }

    @Test
    void aWriterMayRead() {
        assertThat(auth.authorize(header(basic("pub", "pw")), Access.READ).user()).isEqualTo("pub");
    }

    @Test
    void aSessionKeyActsInItsOrganizationAsBearerOrCookie() {
        Authentication.Login login = auth.login("acme", "pw", "acme").orElseThrow();
        assertThat(login.expires()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        Caller bearer = auth.authorize(header("Bearer " + login.key()), Access.WRITE);
        assertThat(bearer.organization()).isEqualTo("acme");
        assertThat(bearer.scheme()).isEqualTo("session");
        Caller cookie = auth.authorize(RequestCredentials.of(n -> null,
                n -> n.equals(Authentication.SESSION_COOKIE) ? login.key() : null, n -> null), Access.READ);
        assertThat(cookie.organization()).isEqualTo("acme");
    }

    @Test
    void aHeaderDecidesBeforeTheCookie() {
        String key = auth.login("acme", "pw", "acme").orElseThrow().key();
        RequestCredentials both = RequestCredentials.of(n -> basic("pub", "wrong"), n -> key, n -> null);
        assertDenied(both, Access.READ, 401);
    }

    @Test
    void aStaleCookieIdentifiesNobodyWithoutFailing() {
        assertThat(auth.identify(RequestCredentials.of(n -> null, n -> "expired.or.forged", n -> null))).isEmpty();
    }

    @Test
    void loginIntoAnotherTenantNeedsItsRoleOrAdmin() {
        assertThat(auth.login("pub", "pw", "acme")).isEmpty();
        assertThat(auth.login("acme", "pw", "acme")).isPresent();
        assertThat(auth.login("admin", "secret", "anything")).isPresent();
        assertThat(auth.login("pub", "pw", null)).hasValueSatisfying(l -> assertThat(l.caller().organization()).isEqualTo("default"));
        assertThat(auth.login("pub", "nope", null)).isEmpty();
        assertThat(auth.login("nobody", "pw", null)).isEmpty();
    }

    @Test
    void anExtraVerifierIsAskedWhenNoHeaderIsThere() {
        auth.addVerifier(c -> c.parameter("ks").map(ks -> new Caller("k", Set.of("admin"), "p-" + ks, "ks")));
        Caller caller = auth.authorize(RequestCredentials.of(n -> null, n -> null, n -> n.equals("ks") ? "42" : null),
                Access.WRITE);
        assertThat(caller.organization()).isEqualTo("p-42");
        assertThat(caller.scheme()).isEqualTo("ks");
    }

    private void assertDenied(RequestCredentials credentials, Access access, int status) {
        assertThatThrownBy(() -> auth.authorize(credentials, access)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.challenge() != null).isEqualTo(status == 401);
                });
    }

    private static RequestCredentials header(String authorization) {
        return RequestCredentials.ofAuthorization(authorization);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static AuthConfig config() {
        return new AuthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuthConfig.class;
            }

            @Override
            public String realm() {
                return "karaf";
            }

            @Override
            public String[] write_roles() {
                return new String[] { "admin,syndicast-publisher" };
            }

            @Override
            public String[] read_roles() {
                return new String[] { "viewer", "syndicast-viewer" };
            }

            @Override
            public String organization() {
                return "default";
            }

            @Override
            public int auth_cache_seconds() {
                return 60;
            }

            @Override
            public long session_validity_seconds() {
                return 86400;
            }
        };
    }
}
