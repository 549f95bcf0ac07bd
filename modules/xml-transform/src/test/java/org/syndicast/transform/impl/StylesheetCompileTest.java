package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.resource;
import static org.syndicast.transform.impl.TestSandbox.text;
import static org.syndicast.transform.impl.TestSandbox.utf8;
import static org.syndicast.transform.impl.TestSandbox.xsl;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;

class StylesheetCompileTest {
    private final TestSandbox box = new TestSandbox();

    @AfterEach
    void close() {
        box.close();
    }

    @Test
    void mrssEntryBecomesThePartnersDocument() throws Exception {
        Stylesheet portal = box.stylesheets.compile("portal", resource("mrss/portal.xsl"));

        String out = text(portal.transform(resource("mrss/entry.xml"), Map.of("channel", "math")));

        assertThat(out).contains("<video id=\"0_k3x9q2mv\" channel=\"math\">")
                .contains("<title>Lecture 12: Fourier series &amp; the heat equation</title>")
                .contains("<keywords>mathematics,fourier,heat equation,lecture</keywords>")
                .contains("<poster url=\"https://media.example.org/p/976461/0_k3x9q2mv/thumb/0_t1big001.jpg\"/>")
                .contains("<availability from=\"1764576000\" until=\"1796112000\"/>");
        assertThat(out.indexOf("bitrate=\"4096\"")).isLessThan(out.indexOf("bitrate=\"1200\""));
    }

    @Test
    void aParameterNotGivenKeepsItsDefault() throws Exception {
        Stylesheet portal = box.stylesheets.compile("portal", resource("mrss/portal.xsl"));

        assertThat(text(portal.transform(resource("mrss/entry.xml"), Map.of()))).contains("channel=\"default\"");
    }

    @Test
    void aStylesheetThatIsNotWellFormedIsRefusedWithItsLineAndColumn() {
        byte[] broken = utf8("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
                + "  <xsl:template match=\"/\">\n"
                + "    <out>\n"
                + "  </xsl:template>\n"
                + "</xsl:stylesheet>");

        assertThatThrownBy(() -> box.stylesheets.compile("broken", broken))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    XmlProblem problem = e.problems().get(0);
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.column()).isPositive();
                    assertThat(problem.message()).contains("out");
                });
    }

    @Test
    void aBadExpressionIsRefusedWithItsLine() {
        byte[] bad = xsl("", "<xsl:template match=\"/\">\n  <xsl:value-of select=\"count(//a[\"/>\n</xsl:template>");

        assertThatThrownBy(() -> box.stylesheets.compile("bad", bad))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(3));
                    assertThat(e.getMessage()).contains("count(//a[");
                });
    }

    @Test
    void anUnknownFunctionIsRefusedAtCompileTime() {
        byte[] bad = xsl("", "<xsl:template match=\"/\"><xsl:value-of select=\"no-such-function(1)\"/></xsl:template>");

        assertThatThrownBy(() -> box.stylesheets.compile("bad", bad))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.getMessage()).contains("no-such-function");
                });
    }

    @Test
    void theSameStylesheetIsCompiledOncePerNameAndVersion() throws Exception {
        byte[] v1 = resource("mrss/portal.xsl");
        byte[] v2 = utf8(text(v1).replace("'default'", "'other'"));

        Stylesheet first = box.stylesheets.compile("portal", v1);

        assertThat(box.stylesheets.compile("portal", v1.clone())).isSameAs(first);
        assertThat(box.stylesheets.compile("portal", v2)).isNotSameAs(first);
        assertThat(box.stylesheets.compile("portal", v2).digest()).isNotEqualTo(first.digest()).hasSize(64);
        assertThat(box.stylesheets.compile("elsewhere", v1)).isNotSameAs(first);
    }

    @Test
    void aCompiledStylesheetServesConcurrentRuns() throws Exception {
        Stylesheet portal = box.stylesheets.compile("portal", resource("mrss/portal.xsl"));
        byte[] entry = resource("mrss/entry.xml");
        String expected = text(portal.transform(entry, Map.of("channel", "c")));

        java.util.List<Thread> threads = new java.util.ArrayList<>();
        java.util.Queue<String> outputs = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    try {
                        outputs.add(text(portal.transform(entry, Map.of("channel", "c"))));
                    } catch (TransformException e) {
                        outputs.add(e.toString());
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(outputs).hasSize(400).containsOnly(expected);
    }

    @Test
    void inputThatIsNotXmlIsInvalidInputWithItsPosition() throws Exception {
        Stylesheet portal = box.stylesheets.compile("portal", resource("mrss/portal.xsl"));

        assertThatThrownBy(() -> portal.transform(utf8("<mrss>\n<channel></mrss>"), Map.of()))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                });
    }
}
