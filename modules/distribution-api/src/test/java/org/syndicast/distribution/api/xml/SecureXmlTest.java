package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecureXmlTest {
    private static final String SECRET = "CANARY-7f3a9c-never-to-be-read";

    @TempDir
    Path dir;

    private Canary canary;
    private Path secretFile;

    @BeforeEach
    void setUp() throws Exception {
        canary = new Canary();
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        canary.close();
    }

    /** A fixture with its placeholders pointing at the canary and the secret file. */
    private String attack(String name) {
        return Fixtures.read("xxe/" + name).replace("${url}", canary.url()).replace("${file}", secretFile.toUri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-entity.xml", "etc-passwd.xml", "billion-laughs.xml", "external-dtd.xml",
            "parameter-entity.xml", "external-entity-http.xml", "doctype-after-comment.xml"})
    void readerRefusesEveryDocumentWithADtd(String fixture) {
        InvalidInputException e = catchThrowableOfType(() -> SecureXml.reader(attack(fixture)), InvalidInputException.class);

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("MALFORMED_XML");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("DTDs and external entities are not allowed")
                .doesNotContain(SECRET).doesNotContain("root:");
        canary.assertUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-entity.xml", "etc-passwd.xml", "external-dtd.xml", "parameter-entity.xml",
            "external-entity-http.xml"})
    void theBareFactoryNeitherReadsFilesNorFetchesUrls(String fixture) throws Exception {
        StringBuilder seen = new StringBuilder();
        try {
            XMLStreamReader in = SecureXml.inputFactory().createXMLStreamReader(new java.io.StringReader(attack(fixture)));
            while (in.hasNext()) {
                if (in.next() != XMLStreamConstants.DTD && in.hasText()) {
                    seen.append(in.getText());
                }
            }
        } catch (XMLStreamException refused) {
            // refusing is fine too: what matters is that nothing was read or fetched
        }

        assertThat(seen).doesNotContain(SECRET).doesNotContain("root:x:0:0");
        canary.assertUntouched();
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> SecureXml.reader(attack("billion-laughs.xml"))).isInstanceOf(InvalidInputException.class));
    }

    @Test
    void anEntityReferenceWithoutDtdIsRefusedWhileReading() throws Exception {
        XMLStreamReader in = SecureXml.reader(Fixtures.read("xxe/undeclared-entity.xml"));

        assertThatThrownBy(() -> drain(in)).isInstanceOfAny(InvalidInputException.class, XMLStreamException.class)
                .hasMessageContaining("undeclared");
    }

    @Test
    void getElementTextAndNextTagPassTheSameChecks() throws Exception {
        XMLStreamReader in = SecureXml.reader("<r>\n  <t>a &x; b</t></r>");
        assertThat(in.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(in.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);

        assertThatThrownBy(in::getElementText).isInstanceOfAny(InvalidInputException.class, XMLStreamException.class);
    }

    @Test
    void predefinedEntitiesCharacterReferencesAndCdataAreRead() throws Exception {
        XMLStreamReader in = SecureXml.reader("<r>A &amp; B &lt;&gt; &quot;&apos; &#x41;&#66; <![CDATA[<c>]]></r>");
        in.nextTag();

        assertThat(in.getElementText()).isEqualTo("A & B <> \"' AB <c>");
    }

    @Test
    void nestingIsLimited() throws Exception {
        String ok = "<a>".repeat(SecureXml.MAX_DEPTH) + "</a>".repeat(SecureXml.MAX_DEPTH);
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 1) + "</a>".repeat(SecureXml.MAX_DEPTH + 1);

        assertThat(drain(SecureXml.reader(ok))).isEmpty();
        assertThatThrownBy(() -> drain(SecureXml.reader(deep))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nested deeper than " + SecureXml.MAX_DEPTH);
    }

    @Test
    void aBadPrologIsMalformedWithTheParsersReason() {
        InvalidInputException e = catchThrowableOfType(() -> SecureXml.reader("<?xml version=\"1.0\"?><!-- x"),
                InvalidInputException.class);

        assertThat(e.code()).isEqualTo("MALFORMED_XML");
        assertThat(e.getMessage()).startsWith("Not well-formed XML: line 1, column").doesNotContain("ParseError")
                .doesNotContain("Exception");
    }

    @Test
    void nullIsMalformed() {
        assertThatThrownBy(() -> SecureXml.reader(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("No XML document was given");
    }

    @Test
    void reasonKeepsLocationAndMessageOnly() {
        XMLStreamException e = catchThrowableOfType(() -> drain(SecureXml.reader("<a><b></a>")), XMLStreamException.class);

        assertThat(SecureXml.reason(e)).matches("line 1, column \\d+: .*b.*").doesNotContain("ParseError");
    }

    @Test
    void inputFactoryIsHardened() {
        XMLInputFactory f = SecureXml.inputFactory();

        assertThat(f.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_NAMESPACE_AWARE)).isEqualTo(true);
    }

    @Test
    void outputFactoryWritesXml() throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter w = SecureXml.outputFactory().createXMLStreamWriter(text);
        w.writeStartElement("a");
        w.writeCharacters("x < y");
        w.writeEndElement();
        w.close();

        assertThat(text.toString()).isEqualTo("<a>x &lt; y</a>");
    }

    /** Reads to the end and returns all text seen. */
    private static String drain(XMLStreamReader in) throws XMLStreamException {
        List<String> text = new ArrayList<>();
        while (in.hasNext()) {
            int event = in.next();
            if (in.hasText() && event != XMLStreamConstants.DTD) {
                String t = in.getText().strip();
                if (!t.isEmpty()) {
                    text.add(t);
                }
            }
        }
        return String.join("|", text);
    }
}
