package org.syndicast.distribution.api.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void textEscapesMarkupAndTheCdataEnd() {
        assertThat(text("a<b>&c]]>d\"e'f")).isEqualTo("a&lt;b&gt;&amp;c]]&gt;d\"e'f");
    }

    @Test
    void carriageReturnsSurviveLineEndNormalisation() {
        assertThat(text("a\r\nb")).isEqualTo("a&#13;\nb");
    }

    @Test
    void attributesKeepQuotesTabsAndLineEnds() {
        StringBuilder out = new StringBuilder();
        XmlText.attribute(out, "a\"b\tc\nd<e&f");
        assertThat(out).hasToString("a&quot;b&#9;c&#10;d&lt;e&amp;f");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedButPairsStay() {
        assertThat(text("\u0000\u001F\uFFFE\uFFFF\uD800x\uDC00 \uD83C\uDFA5 \u0085\u00A0"))
                .isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD \uD83C\uDFA5 \u0085\u00A0");
    }

    private static String text(String s) {
        return XmlText.text(new StringBuilder(), s).toString();
    }
}
