package org.syndicast.distribution.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the Authorization header yields, before any realm is asked. */
class AuthorizationHeaderTest {

    @Test
    void aBasicHeaderGivesUserAndPassword() {
        assertThat(AuthorizationHeader.basic(basic("admin:opencast"))).hasValueSatisfying(
                c -> assertThat(new String[] { c.user(), c.password() }).containsExactly("admin", "opencast"));
    }

    @Test
    void thePasswordMayContainColonsAndBeEmpty() {
        assertThat(AuthorizationHeader.basic(basic("admin:a:b:c"))).hasValueSatisfying(
                c -> assertThat(new String[] { c.user(), c.password() }).containsExactly("admin", "a:b:c"));
        assertThat(AuthorizationHeader.basic(basic("admin:"))).hasValueSatisfying(
                c -> assertThat(new String[] { c.user(), c.password() }).containsExactly("admin", ""));
    }

    @Test
    void credentialsAreUtf8() {
        assertThat(AuthorizationHeader.basic(basic("j\u00fcrgen:p\u00e4ss\u20ac"))).hasValueSatisfying(
                c -> assertThat(new String[] { c.user(), c.password() }).containsExactly("j\u00fcrgen", "p\u00e4ss\u20ac"));
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        String token = encode("admin:opencast");
        for (String scheme : new String[] { "basic", "BASIC", "bAsIc" }) {
            assertThat(AuthorizationHeader.basic(scheme + " " + token)).as(scheme).hasValueSatisfying(
                    c -> assertThat(new String[] { c.user(), c.password() }).containsExactly("admin", "opencast"));
        }
    }

    @Test
    void spaceAroundTheTokenIsIgnored() {
        assertThat(AuthorizationHeader.basic("Basic   " + encode("admin:x") + "  ")).isPresent();
    }

    @Test
    void withoutAColonOrWithoutAUserThereAreNoCredentials() {
        assertThat(AuthorizationHeader.basic(basic("adminopencast"))).isEmpty();
        assertThat(AuthorizationHeader.basic(basic(":opencast"))).isEmpty();
        assertThat(AuthorizationHeader.basic(basic(""))).isEmpty();
    }

    @Test
    void aTokenThatIsNotBase64GivesNoCredentials() {
        assertThat(AuthorizationHeader.basic("Basic !!!not-base64!!!")).isEmpty();
        assertThat(AuthorizationHeader.basic("Basic YWRtaW46b3Blbm=Nhc3Q")).isEmpty();
    }

    @Test
    void otherSchemesAndMalformedHeadersGiveNoCredentials() {
        String token = encode("admin:opencast");
        assertThat(AuthorizationHeader.basic(null)).isEmpty();
        assertThat(AuthorizationHeader.basic("")).isEmpty();
        assertThat(AuthorizationHeader.basic("Basic")).isEmpty();
        assertThat(AuthorizationHeader.basic("Basic ")).isEmpty();
        assertThat(AuthorizationHeader.basic("Basic" + token)).isEmpty();
        assertThat(AuthorizationHeader.basic("Bearer " + token)).isEmpty();
        assertThat(AuthorizationHeader.basic("Digest username=\"admin\"")).isEmpty();
        assertThat(AuthorizationHeader.basic(token)).isEmpty();
    }

    @Test
    void aBearerHeaderGivesTheSessionKey() {
        assertThat(AuthorizationHeader.bearer("Bearer abc.def-123")).contains("abc.def-123");
        assertThat(AuthorizationHeader.bearer("bearer   abc  ")).contains("abc");
    }

    @Test
    void aBearerHeaderWithoutKeyOrAnotherSchemeGivesNone() {
        assertThat(AuthorizationHeader.bearer(null)).isEmpty();
        assertThat(AuthorizationHeader.bearer("Bearer")).isEmpty();
        assertThat(AuthorizationHeader.bearer("Bearer ")).isEmpty();
        assertThat(AuthorizationHeader.bearer("Bearer     ")).isEmpty();
        assertThat(AuthorizationHeader.bearer("Bearerabc")).isEmpty();
        assertThat(AuthorizationHeader.bearer(basic("admin:x"))).isEmpty();
        assertThat(AuthorizationHeader.bearer("abc")).isEqualTo(Optional.empty());
    }

    private static String basic(String userColonPassword) {
        return "Basic " + encode(userColonPassword);
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
