package org.syndicast.distribution.api.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Structural XML comparison for tests: both documents are parsed with a hardened JDK DOM parser and
 * reduced to a canonical outline (namespace + local name, attributes sorted without namespace declarations,
 * text with whitespace collapsed, whitespace-only text, comments and processing instructions dropped).
 * Prefixes, attribute order, quoting, escaping style and indentation therefore do not matter.
 */
final class XmlStructure {
    private XmlStructure() {
    }

    /** Asserts that both documents have the same structure; the failure shows both outlines. */
    static void assertEquivalent(String actual, String expected) {
        assertThat(outline(actual)).isEqualTo(outline(expected));
    }

    /** The document parsed with a DOM parser that refuses DTDs and never fetches anything. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The canonical outline of a document, one node per line. */
    static String outline(String xml) {
        Document doc = parse(xml);
        doc.normalizeDocument();
        StringBuilder out = new StringBuilder();
        outline(doc.getDocumentElement(), "", out);
        return out.toString();
    }

    /** The local names of the child elements of the document's root, in order. */
    static List<String> childNames(String xml) {
        List<String> names = new ArrayList<>();
        for (Node n = parse(xml).getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static void outline(Element e, String indent, StringBuilder out) {
        out.append(indent).append('{').append(nonNull(e.getNamespaceURI())).append('}').append(e.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                attributes.put('{' + nonNull(a.getNamespaceURI()) + '}' + a.getLocalName(), a.getNodeValue());
            }
        }
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('\n');
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            } else if (n instanceof Element child) {
                flush(text, indent, out);
                outline(child, indent + "  ", out);
            }
        }
        flush(text, indent, out);
    }

    private static void flush(StringBuilder text, String indent, StringBuilder out) {
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        if (!collapsed.isEmpty()) {
            out.append(indent).append("  text: ").append(collapsed).append('\n');
        }
        text.setLength(0);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
