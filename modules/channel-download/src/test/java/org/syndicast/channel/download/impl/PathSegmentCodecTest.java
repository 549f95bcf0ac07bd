package org.syndicast.channel.download.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentCodecTest {

    @Test
    void unreservedCharactersStayAsTheyAre() {
        assertThat(PathSegmentCodec.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    }

    @Test
    void everythingElseIsEncodedAsUtf8() {
        assertThat(PathSegmentCodec.encode("a b/c?d#e%f+g:ä😀"))
                .isEqualTo("a%20b%2Fc%3Fd%23e%25f%2Bg%3A%C3%A4%F0%9F%98%80");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a b", "100%", "ä😀", "+x+", "semi;colon"})
    void decodeReversesEncode(String segment) {
        assertThat(PathSegmentCodec.decode(PathSegmentCodec.encode(segment))).contains(segment);
    }

    @Test
    void plusIsNotASpaceInAPath() {
        assertThat(PathSegmentCodec.decode("a+b")).contains("a+b");
    }

    @Test
    void encodedSlashDecodesToASlashForTheCallerToRefuse() {
        assertThat(PathSegmentCodec.decode("a%2fb")).contains("a/b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%4", "%zz", "a%g1", "%C3", "%FF%FE"})
    void malformedEscapesOrUtf8AreRefused(String raw) {
        assertThat(PathSegmentCodec.decode(raw)).isEmpty();
    }
}
