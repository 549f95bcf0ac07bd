package org.syndicast.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HmacServerKeysTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA = "partner 4242".getBytes(StandardCharsets.UTF_8);

    @Test
    void sameSecretGivesTheSameCodeOnEveryNode() {
        assertThat(new HmacServerKeys(SECRET).mac("kaltura.ks", DATA))
                .hasSize(32).isEqualTo(new HmacServerKeys(SECRET.clone()).mac("kaltura.ks", DATA));
    }

    @Test
    void purposesAndSecretsGiveDifferentCodes() {
        HmacServerKeys keys = new HmacServerKeys(SECRET);
        assertThat(keys.mac("kaltura.ks", DATA)).isNotEqualTo(keys.mac("kaltura.tag", DATA));
        byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
        assertThat(new HmacServerKeys(other).mac("kaltura.ks", DATA)).isNotEqualTo(keys.mac("kaltura.ks", DATA));
    }

    @Test
    void emptyPurposeIsRefused() {
        assertThatThrownBy(() -> new HmacServerKeys(SECRET).mac("", DATA)).isInstanceOf(IllegalArgumentException.class);
    }
}
