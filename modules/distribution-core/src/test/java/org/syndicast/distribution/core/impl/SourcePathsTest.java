package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding and checking raw URL paths, the pure logic under the policy. */
class SourcePathsTest {

    @Test
    void oneDecodingTurnsPercentTriplesIntoUtf8AndLeavesEverythingElse() {
        assertThat(SourcePaths.decodeOnce("/caf%C3%A9%20noir+x.mp4")).isEqualTo("/caf\u00e9 noir+x.mp4");
        assertThat(SourcePaths.decodeOnce("/%252e")).isEqualTo("/%2e");
        assertThat(SourcePaths.decodeOnce("/100%/%zz/%4")).isEqualTo("/100%/%zz/%4");
        assertThat(SourcePaths.decodeOnce("/\u00e9\ud83c\udfac")).isEqualTo("/\u00e9\ud83c\udfac");
    }

    @Test
    void onlyAsciiHexDigitsArePercentDigits() {
        // Arabic-Indic digits are digits to Character.digit, never to a URL decoder
        assertThat(SourcePaths.decodeOnce("/%\u0662e")).isEqualTo("/%\u0662e");
        assertThat(SourcePaths.hostile("/media/%\u0662e%\u0662e/x")).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8AreNoPath() {
        assertThat(SourcePaths.decodeOnce("/%c0%ae")).isNull();
        assertThat(SourcePaths.hostile("/%c0%ae%c0%ae/x")).isTrue();
        assertThat(SourcePaths.hostile("/%ff.mp4")).isTrue();
    }

    @Test
    void everyStageOfDecodingIsChecked() {
        assertThat(SourcePaths.hostile("/a/%2e%2e/b")).isTrue();
        assertThat(SourcePaths.hostile("/a/%25252e%25252e/b")).isTrue();
        assertThat(SourcePaths.hostile("/a/%25252f/b")).isTrue();
        assertThat(SourcePaths.hostile("/a/b.c/d..e/...")).isFalse();
        assertThat(SourcePaths.hostile("/a/%252541")).isFalse();
        assertThat(SourcePaths.hostile(null)).isFalse();
    }

    @Test
    void aPathEncodedMoreOftenThanAnyGenuineOneIsRefused() {
        assertThat(SourcePaths.hostile("/%" + "25".repeat(9) + "41")).isTrue();
        assertThat(SourcePaths.hostile("/%" + "25".repeat(6) + "41")).isFalse();
    }
}
