package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.text;
import static org.syndicast.transform.impl.TestSandbox.utf8;
import static org.syndicast.transform.impl.TestSandbox.xsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;

/** Hostile stylesheets and documents: each is refused at compile time or stopped with a clear error. */
class StylesheetSandboxTest {
    private static final byte[] DOC = utf8("<r><a>1</a></r>");
    private final TestSandbox box = new TestSandbox();

    @AfterEach
    void close() {
        box.close();
    }

    private TransformException refusedAtCompile(byte[] xslt) {
        try {
            box.stylesheets.compile("hostile", xslt);
        } catch (TransformException e) {
            return e;
        }
        throw new AssertionError("compiled: " + text(xslt));
    }

    private TransformException failedRun(byte[] xslt, byte[] input) throws TransformException {
        Stylesheet sheet = box.stylesheets.compile("hostile", xslt);
        try {
            byte[] out = sheet.transform(input, Map.of());
            throw new AssertionError("ran and wrote " + out.length + " bytes: " + text(out));
        } catch (TransformException e) {
            return e;
        }
    }

    @Test
    void javaCallsAreRefused() {
        TransformException e = refusedAtCompile(xsl("xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"",
                "<xsl:template match=\"/\">\n<xsl:value-of select=\"rt:exec(rt:getRuntime(), 'touch /tmp/pwned')\"/></xsl:template>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.problems().get(0).line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("extension function rt:exec() is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java:java.lang.System", "xalan://java.lang.System", "http://xml.apache.org/xalan",
        "http://exslt.org/common", "http://saxon.sf.net/", "urn:anything-at-all"})
    void everyExtensionFunctionNamespaceIsRefused(String namespace) {
        TransformException e = refusedAtCompile(xsl("xmlns:x=\"" + namespace + "\"",
                "<xsl:template match=\"/\"><out a=\"{x:f(.)}\"><xsl:value-of select=\"x:node-set(.)\"/></out></xsl:template>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("extension function x:");
    }

    @Test
    void aFunctionNameInsideAStringLiteralIsNoCall() throws Exception {
        Stylesheet sheet = box.stylesheets.compile("literal", xsl("",
                "<xsl:output method=\"text\"/><xsl:template match=\"/\"><xsl:value-of select=\"concat('java:exec(', 'x')\"/></xsl:template>"));

        assertThat(text(sheet.transform(DOC, Map.of()))).isEqualTo("java:exec(x");
    }

    @Test
    void extensionElementsThatWriteFilesAreRefused(@TempDir Path dir) {
        Path target = dir.resolve("written.txt");
        TransformException e = refusedAtCompile(xsl(
                "xmlns:redirect=\"http://xml.apache.org/xalan/redirect\" extension-element-prefixes=\"redirect\"",
                "<xsl:template match=\"/\"><redirect:write file=\"" + target + "\">x</redirect:write></xsl:template>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("extension-element-prefixes is not allowed")
                .contains("element redirect:write is in the extension namespace");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void resultDocumentIsRefused() {
        TransformException e = refusedAtCompile(xsl("",
                "<xsl:template match=\"/\"><xsl:result-document href=\"file:///tmp/x\">x</xsl:result-document></xsl:template>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("xsl:result-document is not an XSLT 1.0 instruction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"include", "import"})
    void includeAndImportAreRefused(String instruction) {
        TransformException e = refusedAtCompile(xsl("", "<xsl:" + instruction + " href=\"file:///etc/passwd\"/>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("xsl:" + instruction + " is not allowed");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void aStylesheetWithADtdIsRefused() {
        TransformException e = refusedAtCompile(utf8("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE xsl:stylesheet [<!ENTITY pw SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:template match=\"/\">&pw;</xsl:template></xsl:stylesheet>"));

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("DOCTYPE");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void documentOfALocalFileIsRefusedWithAClearError() throws Exception {
        TransformException e = failedRun(xsl("",
                "<xsl:template match=\"/\"><xsl:copy-of select=\"document('file:///etc/passwd')\"/></xsl:template>"), DOC);

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("document('file:///etc/passwd') refused: the sandbox resolves no URI")
                .doesNotContain("root:");
    }

    @Test
    void documentOfAnHttpUrlIsRefused() throws Exception {
        TransformException e = failedRun(xsl("",
                "<xsl:template match=\"/\"><xsl:copy-of select=\"document(concat('http://169.254.169.254/', 'latest'))\"/></xsl:template>"), DOC);

        assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(e.getMessage()).contains("refused");
    }

    @Test
    void documentOfTheEmptyUriYieldsNothing() throws Exception {
        Stylesheet sheet = box.stylesheets.compile("self", xsl("",
                "<xsl:output method=\"text\"/><xsl:template match=\"/\">[<xsl:value-of select=\"count(document('')/*)\"/>]</xsl:template>"));

        assertThat(text(sheet.transform(DOC, Map.of()))).isEqualTo("[0]");
    }

    @Test
    void systemPropertyAnswersOnlyTheXsltProperties() throws Exception {
        Stylesheet sheet = box.stylesheets.compile("props", xsl("",
                "<xsl:output method=\"text\"/><xsl:template match=\"/\"><xsl:value-of select=\"system-property('xsl:version')\"/></xsl:template>"));
        assertThat(text(sheet.transform(DOC, Map.of()))).isEqualTo("1.0");

        for (String property : new String[] {"'user.home'", "'java.home'", "concat('user', '.name')", "'xsl:user.dir'"}) {
            Stylesheet leaky = box.stylesheets.compile("props", xsl("", "<xsl:output method=\"text\"/>"
                    + "<xsl:template match=\"/\">[<xsl:value-of select=\"system-property(" + property + ")\"/>]</xsl:template>"));
            String answer;
            try {
                answer = text(leaky.transform(DOC, Map.of()));
            } catch (TransformException e) {
                answer = e.getMessage();
                assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED);
            }
            System.out.println("system-property(" + property + ") -> " + answer);
            assertThat(answer).doesNotContain(System.getProperty("user.home"))
                    .doesNotContain(System.getProperty("java.home")).doesNotContain(System.getProperty("user.name"))
                    .doesNotContain(System.getProperty("user.dir"));
        }
    }

    @Test
    void anInputWithAnExternalEntityIsRefused() throws Exception {
        byte[] xxe = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY pw SYSTEM \"file:///etc/passwd\">]>\n<r>&pw;</r>");
        TransformException e = failedRun(xsl("", "<xsl:template match=\"/\"><xsl:copy-of select=\".\"/></xsl:template>"), xxe);

        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void anInputWithAnEntityBombIsRefused() throws Exception {
        byte[] bomb = utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><r>&c;</r>");
        TransformException e = failedRun(xsl("", "<xsl:template match=\"/\"><xsl:copy-of select=\".\"/></xsl:template>"), bomb);

        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
    }

    @Test
    void absurdNestingIsRefused() throws Exception {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        TransformException e = failedRun(xsl("", "<xsl:template match=\"/\"><xsl:copy-of select=\".\"/></xsl:template>"), utf8(deep));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(e.getMessage()).contains("512");
    }

    @Test
    void infiniteRecursionIsStoppedWithoutHarmingTheServer() throws Exception {
        byte[] recursion = xsl("", "<xsl:template match=\"/\"><xsl:call-template name=\"down\"/></xsl:template>"
                + "<xsl:template name=\"down\"><xsl:param name=\"n\" select=\"0\"/><xsl:call-template name=\"down\">"
                + "<xsl:with-param name=\"n\" select=\"$n + 1\"/></xsl:call-template></xsl:template>");

        TransformException e = failedRun(recursion, DOC);

        assertThat(e.kind()).isEqualTo(Kind.RECURSION_LIMIT);
        assertThat(e.getMessage()).contains("recursion");
        assertThat(text(box.stylesheets.compile("after", xsl("", "<xsl:output method=\"text\"/><xsl:template match=\"/\">ok</xsl:template>"))
                .transform(DOC, Map.of()))).isEqualTo("ok");
    }
}
