package org.syndicast.distribution.api.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ErrorXmlTest {

    @Test
    void writesTheContractShape() {
        String xml = ErrorXml.write("ELEMENT_NOT_FOUND", "No element 'track-9' in mediapackage 'e1b0'");

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        XmlStructure.assertEquivalent(xml, "<error><code>ELEMENT_NOT_FOUND</code>"
                + "<message>No element 'track-9' in mediapackage 'e1b0'</message></error>");
        Element root = XmlStructure.parse(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isNull();
    }

    @Test
    void escapesTheMessage() {
        String message = "<b>&\"'</b> ]]> \u0007";

        Element root = XmlStructure.parse(ErrorXml.write("X", message)).getDocumentElement();

        assertThat(root.getElementsByTagName("message").item(0).getTextContent()).isEqualTo("<b>&\"'</b> ]]> \uFFFD");
    }

    @Test
    void aNullMessageIsEmpty() {
        XmlStructure.assertEquivalent(ErrorXml.write("X", null), "<error><code>X</code><message/></error>");
        assertThatThrownBy(() -> ErrorXml.write(null, "m")).isInstanceOf(NullPointerException.class);
    }
}
