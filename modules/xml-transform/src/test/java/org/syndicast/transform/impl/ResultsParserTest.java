package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.utf8;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.transform.ResultsParser;
import org.syndicast.transform.ResultsParserType;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;

class ResultsParserTest {
    private static final byte[] ANSWER = utf8("<?xml version=\"1.0\"?>\n<response status=\"ok\"><id> vid-8812 </id><other>x</other></response>");
    private final TestSandbox box = new TestSandbox(Duration.ofMillis(500), 1 << 20, 1);

    @AfterEach
    void close() {
        box.close();
    }

    @Test
    void xpathReadsTheRemoteId() throws Exception {
        ResultsParser parser = box.parsers.compile(ResultsParserType.XPATH, "a", "//response/id");

        assertThat(parser.remoteId(ANSWER)).contains("vid-8812");
        assertThat(parser.type()).isEqualTo(ResultsParserType.XPATH);
    }

    @Test
    void xpathWithoutAResultIsEmpty() throws Exception {
        assertThat(box.parsers.compile(ResultsParserType.XPATH, "a", "//nothing").remoteId(ANSWER)).isEmpty();
    }

    @Test
    void aNamespacedAnswerIsReachedByLocalName() throws Exception {
        byte[] answer = utf8("<r:response xmlns:r=\"urn:partner\"><r:id>42</r:id></r:response>");

        assertThat(box.parsers.compile(ResultsParserType.XPATH, "a", "//*[local-name()='id']").remoteId(answer)).contains("42");
    }

    @Test
    void aBadXpathIsRefusedAtUpload() {
        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.XPATH, "a", "//response/id["))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.getMessage()).contains("not an XPath 1.0 expression");
                });
    }

    @Test
    void xpathExtensionFunctionsAndVariablesAreRefused() throws Exception {
        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.XPATH, "a", "java:java.lang.System.exit(1)"))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        ResultsParser variable = box.parsers.compile(ResultsParserType.XPATH, "a", "$secret");
        assertThatThrownBy(() -> variable.remoteId(ANSWER))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED));
    }

    @Test
    void xpathOverAnAnswerWithAnExternalEntityIsRefused() throws Exception {
        byte[] xxe = utf8("<!DOCTYPE r [<!ENTITY pw SYSTEM \"file:///etc/passwd\">]><response><id>&pw;</id></response>");

        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.XPATH, "a", "//id").remoteId(xxe))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
                });
    }

    @Test
    void anAnswerThatIsNotXmlIsInvalidInput() throws Exception {
        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.XPATH, "a", "//id").remoteId(utf8("OK 42")))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT));
    }

    @Test
    void xslPrintsTheRemoteId() throws Exception {
        ResultsParser parser = box.parsers.compile(ResultsParserType.XSL, "a",
                "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:output method=\"text\"/>"
                        + "<xsl:template match=\"/\"><xsl:value-of select=\"/response/id\"/></xsl:template></xsl:stylesheet>");

        assertThat(parser.remoteId(ANSWER)).contains("vid-8812");
    }

    @Test
    void anXslParserFollowsTheStylesheetRules() {
        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.XSL, "a",
                "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:include href=\"x.xsl\"/></xsl:stylesheet>"))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void regexTakesTheFirstGroup() throws Exception {
        ResultsParser parser = box.parsers.compile(ResultsParserType.REGEX, "a", "<id>\\s*([^<\\s]+)\\s*</id>");

        assertThat(parser.remoteId(ANSWER)).contains("vid-8812");
        assertThat(box.parsers.compile(ResultsParserType.REGEX, "a", "vid-\\d+").remoteId(ANSWER)).contains("vid-8812");
        assertThat(box.parsers.compile(ResultsParserType.REGEX, "a", "nomatch(\\d+)").remoteId(ANSWER)).isEmpty();
    }

    @Test
    void aBadRegexIsRefusedWithItsColumn() {
        assertThatThrownBy(() -> box.parsers.compile(ResultsParserType.REGEX, "a", "id=(\\d+"))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.problems().get(0).column()).isEqualTo(8);
                    assertThat(e.getMessage()).contains("Unclosed group");
                });
    }

    @Test
    void catastrophicBacktrackingIsStoppedAtTheTimeLimit() throws Exception {
        // a back reference defeats java.util.regex's memoization of greedy loops: exponential in the length
        ResultsParser evil = box.parsers.compile(ResultsParserType.REGEX, "evil", "^(a+)+\\1$");
        byte[] answer = utf8("a".repeat(40) + "!");

        long start = System.nanoTime();
        assertThatThrownBy(() -> evil.remoteId(answer))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIME_LIMIT));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(box.parsers.compile(ResultsParserType.REGEX, "a", "vid-\\d+").remoteId(ANSWER)).contains("vid-8812");
    }

    @Test
    void regexReadsOnlyTheBoundedStartOfTheAnswer() throws Exception {
        byte[] answer = utf8("x".repeat(64 * 1024) + "id=7");

        assertThat(box.parsers.compile(ResultsParserType.REGEX, "a", "id=(\\d+)").remoteId(answer)).isEmpty();
    }

    @Test
    void parserTypesHaveKalturasNumbers() {
        assertThat(ResultsParserType.ofCode(1)).contains(ResultsParserType.XSL);
        assertThat(ResultsParserType.ofCode(2)).contains(ResultsParserType.XPATH);
        assertThat(ResultsParserType.ofCode(3)).contains(ResultsParserType.REGEX);
        assertThat(ResultsParserType.ofCode(4)).isEmpty();
    }
}
