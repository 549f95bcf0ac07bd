package org.syndicast.distribution.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.http.ResponsePlanner.Plan;
import org.syndicast.distribution.api.http.ResponsePlanner.Validators;

class ResponsePlannerTest {
    /** Sun, 06 Nov 1994 08:49:37 GMT. */
    private static final long MODIFIED = 784_111_777_000L;
    private static final String MODIFIED_TEXT = "Sun, 06 Nov 1994 08:49:37 GMT";
    private static final FileVersion FILE = new FileVersion(1000, MODIFIED, "\"3e8-1\"");

    @Test
    void plainGetIsOk() {
        assertThat(plan(null, -1, null, null)).isEqualTo(new Plan(200, null));
    }

    @Test
    void matchingIfNoneMatchIsNotModified() {
        assertThat(plan("\"3e8-1\"", -1, null, null).status()).isEqualTo(304);
        assertThat(plan("\"other\"", -1, null, null).status()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceAtOrAfterTheModificationIsNotModified() {
        assertThat(plan(null, MODIFIED, null, null).status()).isEqualTo(304);
        assertThat(plan(null, MODIFIED + 5000, null, null).status()).isEqualTo(304);
        assertThat(plan(null, MODIFIED - 1000, null, null).status()).isEqualTo(200);
    }

    @Test
    void ifNoneMatchOverridesIfModifiedSince() {
        assertThat(plan("\"other\"", MODIFIED, null, null).status()).isEqualTo(200);
    }

    @Test
    void notModifiedWinsOverRange() {
        assertThat(plan("\"3e8-1\"", -1, "bytes=0-9", null).status()).isEqualTo(304);
    }

    @Test
    void rangeIsPartial() {
        assertThat(plan(null, -1, "bytes=10-19", null)).isEqualTo(new Plan(206, new ByteRange(10, 19)));
    }

    @Test
    void unsatisfiableRangeIs416() {
        assertThat(plan(null, -1, "bytes=1000-", null)).isEqualTo(new Plan(416, null));
    }

    @Test
    void multipleRangesAreTheWholeFile() {
        assertThat(plan(null, -1, "bytes=0-1,5-6", null)).isEqualTo(new Plan(200, null));
    }

    @Test
    void ifRangeWithTheCurrentTagOrDateKeepsTheRange() {
        assertThat(plan(null, -1, "bytes=10-19", "\"3e8-1\"").status()).isEqualTo(206);
        assertThat(plan(null, -1, "bytes=10-19", MODIFIED_TEXT).status()).isEqualTo(206);
    }

    @Test
    void ifRangeWithAnotherVersionServesTheWholeFile() {
        assertThat(plan(null, -1, "bytes=10-19", "\"3e8-0\"").status()).isEqualTo(200);
        assertThat(plan(null, -1, "bytes=10-19", "W/\"3e8-1\"").status()).isEqualTo(200);
        assertThat(plan(null, -1, "bytes=10-19", "Sun, 06 Nov 1994 08:49:38 GMT").status()).isEqualTo(200);
        assertThat(plan(null, -1, "bytes=10-19", "not a date").status()).isEqualTo(200);
    }

    private static Plan plan(String ifNoneMatch, long ifModifiedSince, String range, String ifRange) {
        return ResponsePlanner.plan(new Validators(ifNoneMatch, ifModifiedSince, range, ifRange), FILE);
    }
}
