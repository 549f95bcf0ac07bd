package org.syndicast.distribution.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the Authorization header yields, before any realm is asked. */
class AuthFilterCredentialsTest {

    @Test
    void aBasicHeaderGivesUserAndPassword() {
        assertThat(AuthFilter.credentials(basic("admin:opencast"))).hasValueSatisfying(
                c -> assertThat(c).containsExactly("admin", "opencast"));
    }

    @Test
    void thePasswordMayContainColonsAndBeEmpty() {
        assertThat(AuthFilter.credentials(basic("admin:a:b:c"))).hasValueSatisfying(
                c -> assertThat(c).containsExactly("admin", "a:b:c"));
        assertThat(AuthFilter.credentials(basic("admin:"))).hasValueSatisfying(
                c -> assertThat(c).containsExactly("admin", ""));
    }

    @Test
    void credentialsAreUtf8() {
        assertThat(AuthFilter.credentials(basic("j\u00fcrgen:p\u00e4ss\u20ac"))).hasValueSatisfying(
                c -> assertThat(c).containsExactly("j\u00fcrgen", "p\u00e4ss\u20ac"));
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        String token = encode("admin:opencast");
        for (String scheme : new String[] { "basic", "BASIC", "bAsIc" }) {
            assertThat(AuthFilter.credentials(scheme + " " + token)).as(scheme).hasValueSatisfying(
                    c -> assertThat(c).containsExactly("admin", "opencast"));
        }
    }

    @Test
    void spaceAroundTheTokenIsIgnored() {
        assertThat(AuthFilter.credentials("Basic   " + encode("admin:x") + "  ")).isPresent();
    }

    @Test
    void withoutAColonOrWithoutAUserThereAreNoCredentials() {
        assertThat(AuthFilter.credentials(basic("adminopencast"))).isEmpty();
        assertThat(AuthFilter.credentials(basic(":opencast"))).isEmpty();
        assertThat(AuthFilter.credentials(basic(""))).isEmpty();
    }

    @Test
    void aTokenThatIsNotBase64GivesNoCredentials() {
        assertThat(AuthFilter.credentials("Basic !!!not-base64!!!")).isEmpty();
        assertThat(AuthFilter.credentials("Basic YWRtaW46b3Blbm=Nhc3Q")).isEmpty();
    }

    @Test
    void otherSchemesAndMalformedHeadersGiveNoCredentials() {
        String token = encode("admin:opencast");
        assertThat(AuthFilter.credentials(null)).isEmpty();
        assertThat(AuthFilter.credentials("")).isEmpty();
        assertThat(AuthFilter.credentials("Basic")).isEmpty();
        assertThat(AuthFilter.credentials("Basic ")).isEmpty();
        assertThat(AuthFilter.credentials("Basic" + token)).isEmpty();
        assertThat(AuthFilter.credentials("Bearer " + token)).isEmpty();
        assertThat(AuthFilter.credentials("Digest username=\"admin\"")).isEmpty();
        assertThat(AuthFilter.credentials(token)).isEmpty();
    }

    @Test
    void aBearerHeaderGivesTheSessionKey() {
        assertThat(AuthFilter.bearer("Bearer abc.def-123")).contains("abc.def-123");
        assertThat(AuthFilter.bearer("bearer   abc  ")).contains("abc");
    }

    @Test
    void aBearerHeaderWithoutKeyOrAnotherSchemeGivesNone() {
        assertThat(AuthFilter.bearer(null)).isEmpty();
        assertThat(AuthFilter.bearer("Bearer")).isEmpty();
        assertThat(AuthFilter.bearer("Bearer ")).isEmpty();
        assertThat(AuthFilter.bearer("Bearer     ")).isEmpty();
        assertThat(AuthFilter.bearer("Bearerabc")).isEmpty();
        assertThat(AuthFilter.bearer(basic("admin:x"))).isEmpty();
        assertThat(AuthFilter.bearer("abc")).isEqualTo(Optional.empty());
    }

    private static String basic(String userColonPassword) {
        return "Basic " + encode(userColonPassword);
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
