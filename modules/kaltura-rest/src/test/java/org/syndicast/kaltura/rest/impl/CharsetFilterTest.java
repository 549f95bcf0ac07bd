package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsetFilterTest {
    @Test
    void anUnknownCharsetIsDroppedAndAKnownOneKept() {
        assertThat(CharsetFilter.withoutUnknownCharset("application/json; charset=nonsense-charset")).isEqualTo("application/json");
        assertThat(CharsetFilter.withoutUnknownCharset("application/json;charset=\"???\"")).isEqualTo("application/json");
        assertThat(CharsetFilter.withoutUnknownCharset("multipart/form-data; charset=x y; boundary=b"))
                .isEqualTo("multipart/form-data; boundary=b");
        String known = "text/plain; charset=US-ASCII";
        assertThat(CharsetFilter.withoutUnknownCharset(known)).isSameAs(known);
        assertThat(CharsetFilter.withoutUnknownCharset("application/json")).isEqualTo("application/json");
    }
}
