package org.syndicast.transform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.syndicast.transform.impl.TestSandbox.resource;
import static org.syndicast.transform.impl.TestSandbox.utf8;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.transform.Schema;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;

class SchemaTest {
    private static final String XS = "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"";
    private final TestSandbox box = new TestSandbox();

    @AfterEach
    void close() {
        box.close();
    }

    @Test
    void theTransformedEntryIsValid() throws Exception {
        Schema portal = box.schemas.compile("portal", resource("mrss/portal.xsd"));
        byte[] video = box.stylesheets.compile("portal", resource("mrss/portal.xsl")).transform(resource("mrss/entry.xml"), Map.of());

        assertThat(portal.validate(video)).isEmpty();
    }

    @Test
    void everyErrorIsListedWithLineColumnAndMessage() throws Exception {
        Schema portal = box.schemas.compile("portal", resource("mrss/portal.xsd"));
        byte[] wrong = utf8("<video id=\"v\" channel=\"c\">\n"
                + "  <title>t</title>\n"
                + "  <summary>s</summary>\n"
                + "  <keywords>k</keywords>\n"
                + "  <duration>minus one</duration>\n"
                + "  <file url=\"u\" width=\"0\" height=\"10\" bitrate=\"1\"/>\n"
                + "  <availability from=\"1\"/>\n"
                + "</video>");

        List<XmlProblem> problems = portal.validate(wrong);

        assertThat(problems).extracting(XmlProblem::line).containsExactly(5, 5, 6, 6, 7);
        assertThat(problems).allSatisfy(p -> assertThat(p.column()).isPositive());
        assertThat(problems.get(0).message()).contains("minus one");
        assertThat(problems.get(2).message()).contains("'0'");
        assertThat(problems.get(4).message()).contains("until");
    }

    @Test
    void aDocumentThatIsNotWellFormedEndsItsListWithTheFatalError() throws Exception {
        Schema portal = box.schemas.compile("portal", resource("mrss/portal.xsd"));

        List<XmlProblem> problems = portal.validate(utf8("<video id=\"v\" channel=\"c\">\n<title>t</summary>"));

        assertThat(problems).last().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("title");
        });
    }

    @Test
    void aDocumentWithAnExternalEntityIsAnErrorNotARead() throws Exception {
        Schema portal = box.schemas.compile("portal", resource("mrss/portal.xsd"));

        List<XmlProblem> problems = portal.validate(utf8(
                "<!DOCTYPE video [<!ENTITY pw SYSTEM \"file:///etc/passwd\">]><video id=\"v\" channel=\"c\"><title>&pw;</title></video>"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void aSchemaThatDoesNotCompileIsRefusedWithItsPosition() {
        byte[] bad = utf8("<xs:schema " + XS + ">\n  <xs:element name=\"a\" type=\"xs:nosuchtype\"/>\n</xs:schema>");

        assertThatThrownBy(() -> box.schemas.compile("bad", bad))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).column()).isPositive();
                    assertThat(e.getMessage()).contains("nosuchtype");
                });
    }

    @Test
    void aSchemaThatIsNotXmlIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> box.schemas.compile("bad", utf8("<xs:schema " + XS + ">\n<xs:element>")))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                });
    }

    @Test
    void includeImportAndRedefineOfAnyLocationAreRefused() {
        byte[] hostile = utf8("<xs:schema " + XS + ">\n"
                + "  <xs:include schemaLocation=\"file:///etc/passwd\"/>\n"
                + "  <xs:import namespace=\"urn:x\" schemaLocation=\"http://169.254.169.254/x.xsd\"/>\n"
                + "  <xs:redefine schemaLocation=\"other.xsd\"/>\n"
                + "</xs:schema>");

        assertThatThrownBy(() -> box.schemas.compile("hostile", hostile))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
                    assertThat(e.problems()).extracting(XmlProblem::line).containsExactly(2, 3, 4);
                    assertThat(e.getMessage()).contains("xs:include").contains("http://169.254.169.254/x.xsd").contains("xs:redefine");
                });
    }

    @Test
    void anImportWithoutLocationResolvesNothing() {
        byte[] hostile = utf8("<xs:schema " + XS + " xmlns:x=\"http://www.w3.org/1999/xhtml\">\n"
                + "  <xs:import namespace=\"http://www.w3.org/1999/xhtml\"/>\n"
                + "  <xs:element name=\"a\" type=\"x:html\"/>\n"
                + "</xs:schema>");

        assertThatThrownBy(() -> box.schemas.compile("hostile", hostile))
                .isInstanceOfSatisfying(TransformException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE));
    }

    @Test
    void aSchemaWithADtdIsRefused() {
        byte[] hostile = utf8("<!DOCTYPE xs:schema SYSTEM \"http://169.254.169.254/x.dtd\">\n<xs:schema " + XS + "/>");

        assertThatThrownBy(() -> box.schemas.compile("hostile", hostile))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
                    assertThat(e.getMessage()).contains("DOCTYPE");
                });
    }

    @Test
    void aContentModelThatWouldExplodeIsRefused() {
        byte[] hostile = utf8("<xs:schema " + XS + "><xs:element name=\"a\"><xs:complexType><xs:sequence maxOccurs=\"100000\">"
                + "<xs:element name=\"b\" maxOccurs=\"100000\"/><xs:element name=\"c\" minOccurs=\"0\"/></xs:sequence>"
                + "</xs:complexType></xs:element></xs:schema>");

        long start = System.nanoTime();
        assertThatThrownBy(() -> box.schemas.compile("hostile", hostile))
                .isInstanceOfSatisfying(TransformException.class, e -> {
                    System.out.println("exploding content model: " + e.getMessage());
                    assertThat(e.kind()).isIn(Kind.INVALID_SOURCE, Kind.TIME_LIMIT);
                });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    }

    @Test
    void theSameSchemaIsCompiledOnce() throws Exception {
        Schema first = box.schemas.compile("portal", resource("mrss/portal.xsd"));

        assertThat(box.schemas.compile("portal", resource("mrss/portal.xsd"))).isSameAs(first);
        assertThat(first.digest()).hasSize(64);
    }
}
