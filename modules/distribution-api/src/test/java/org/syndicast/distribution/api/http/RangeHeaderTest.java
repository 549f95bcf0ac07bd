package org.syndicast.distribution.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {
    private static final long LENGTH = 1000;

    @ParameterizedTest
    @CsvSource({
        "'bytes=0-0', 0, 0",
        "'bytes=0-499', 0, 499",
        "'bytes=500-999', 500, 999",
        "'bytes=500-5000', 500, 999",
        "'bytes=100-', 100, 999",
        "'bytes=-500', 500, 999",
        "'bytes=-5000', 0, 999",
        "'bytes=999-', 999, 999",
        "'Bytes = 10-20', 10, 20",
        "'bytes=0-99999999999999999999999', 0, 999",
        "'bytes=0000000000000000000010-20', 10, 20"
    })
    void singleRangeIsServedPartially(String header, long first, long last) {
        assertThat(RangeHeader.parse(header, LENGTH)).isEqualTo(new RangeHeader.Partial(new ByteRange(first, last)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=99999999999999999999-"})
    void rangeOutsideTheFileIsUnsatisfiable(String header) {
        assertThat(RangeHeader.parse(header, LENGTH)).isEqualTo(RangeHeader.UNSATISFIABLE);
    }

    @Test
    void anyRangeOfAnEmptyFileIsUnsatisfiable() {
        assertThat(RangeHeader.parse("bytes=0-", 0)).isEqualTo(RangeHeader.UNSATISFIABLE);
        assertThat(RangeHeader.parse("bytes=-10", 0)).isEqualTo(RangeHeader.UNSATISFIABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-10,20-30", "bytes=0-0,-1", "bytes=0-10,"})
    void multipleRangesServeTheWholeFile(String header) {
        assertThat(RangeHeader.parse(header, LENGTH)).isEqualTo(RangeHeader.WHOLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=abc", "bytes=5-3", "bytes=-5-6", "bytes=1-2-3",
        "bytes=+1-2", "bytes=1 0-20", "items=0-10", "0-10", "bytes=0x10-20"})
    void malformedHeaderIsIgnored(String header) {
        assertThat(RangeHeader.parse(header, LENGTH)).isEqualTo(RangeHeader.WHOLE);
    }

    @Test
    void missingHeaderMeansWholeFile() {
        assertThat(RangeHeader.parse(null, LENGTH)).isEqualTo(RangeHeader.WHOLE);
    }

    @Test
    void contentRangeNamesTheBytesAndTheTotal() {
        assertThat(new ByteRange(500, 999).contentRange(1000)).isEqualTo("bytes 500-999/1000");
        assertThat(new ByteRange(500, 999).length()).isEqualTo(500);
    }
}
