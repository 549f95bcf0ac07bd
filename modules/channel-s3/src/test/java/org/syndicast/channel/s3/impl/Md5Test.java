package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class Md5Test {

    @Test
    void etagsAreComparedWithoutQuotesAndCase() {
        byte[] md5 = Md5.of("hello".getBytes(StandardCharsets.US_ASCII), 0, 5);
        assertThat(HexFormat.of().formatHex(md5)).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(Md5.matches("\"5D41402ABC4B2A76B9719D911017C592\"", md5)).isTrue();
        assertThat(Md5.matches("5d41402abc4b2a76b9719d911017c592", md5)).isTrue();
        assertThat(Md5.matches("\"00000000000000000000000000000000\"", md5)).isFalse();
        assertThat(Md5.base64(md5)).isEqualTo("XUFAKrxLKna5cZ2REBfFkg==");
    }

    @Test
    void aMultipartEtagIsTheMd5OfThePartMd5s() {
        byte[] a = HexFormat.of().parseHex("6b3eb8eabfe5a639d06b8f19cfa1bb56");
        byte[] b = HexFormat.of().parseHex("ede3d3b685b4e137ba4cb2521329a75e");
        // what a real S3-compatible server answered for these two parts
        assertThat(Md5.multipartEtag(List.of(a, b))).isEqualTo("fd4390d5dd8ce71c19e11fa0f0bd618b-2");
        assertThat(Md5.isMultipartEtag("\"fd4390d5dd8ce71c19e11fa0f0bd618b-2\"")).isTrue();
        assertThat(Md5.isMultipartEtag("\"fd4390d5dd8ce71c19e11fa0f0bd618b\"")).isFalse();
    }
}
