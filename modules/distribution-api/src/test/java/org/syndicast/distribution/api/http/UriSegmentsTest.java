package org.syndicast.distribution.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriSegmentsTest {

    @Test
    void unreservedCharactersStayAsTheyAre() {
        assertThat(UriSegments.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    }

    @Test
    void everythingElseIsEncodedAsUtf8WithUpperCaseHex() {
        assertThat(UriSegments.encode("a b/c?d#e%f+g:ä😀"))
                .isEqualTo("a%20b%2Fc%3Fd%23e%25f%2Bg%3A%C3%A4%F0%9F%98%80");
    }

    @Test
    void reservedSubDelimitersAreEncodedToo() {
        assertThat(UriSegments.encode("!$&'()*,;=@[]")).isEqualTo("%21%24%26%27%28%29%2A%2C%3B%3D%40%5B%5D");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(UriSegments.encode("")).isEmpty();
        assertThat(UriSegments.decode("")).contains("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a b", "100%", "ä😀", "+x+", "semi;colon", "%2e%2e"})
    void decodeReversesEncode(String segment) {
        assertThat(UriSegments.decode(UriSegments.encode(segment))).contains(segment);
    }

    @Test
    void plusIsNotASpaceInAPath() {
        assertThat(UriSegments.decode("a+b")).contains("a+b");
    }

    @Test
    void encodedSlashAndDotsDecodeForTheCallerToRefuse() {
        assertThat(UriSegments.decode("a%2fb")).contains("a/b");
        assertThat(UriSegments.decode("%2e%2E")).contains("..");
    }

    @Test
    void decodingHappensOnceOnly() {
        assertThat(UriSegments.decode("%252e")).contains("%2e");
    }

    @Test
    void plainNonAsciiNextToEscapesIsKept() {
        assertThat(UriSegments.decode("ä%20😀")).contains("ä 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%4", "%zz", "a%g1", "%C3", "%FF%FE", "x%"})
    void malformedEscapesOrUtf8AreRefused(String raw) {
        assertThat(UriSegments.decode(raw)).isEmpty();
    }
}
