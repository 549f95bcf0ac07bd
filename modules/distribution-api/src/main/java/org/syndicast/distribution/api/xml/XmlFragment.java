package org.syndicast.distribution.api.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Copies one element and everything in it from a reader into a standalone XML fragment: same names,
 * namespaces, attributes and text, so that writing the fragment back into any document restores the
 * element exactly. Namespace bindings the element inherited from its ancestors are declared on the
 * fragment's root; an unqualified root gets {@code xmlns=""} so that it stays unqualified inside a parent
 * with a default namespace. Comments and processing instructions are dropped.
 */
final class XmlFragment {
    private final XMLStreamReader in;
    private final StringBuilder out = new StringBuilder();
    /** The bindings this fragment has declared, innermost element first. */
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private boolean startTagOpen;

    private XmlFragment(XMLStreamReader in) {
        this.in = in;
    }

    /**
     * Serializes the element {@code in} stands on; returns with {@code in} on that element's end tag.
     *
     * @throws XMLStreamException when the XML is not well-formed
     */
    static String copy(XMLStreamReader in) throws XMLStreamException {
        if (in.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("not on a start tag");
        }
        XmlFragment fragment = new XmlFragment(in);
        fragment.startElement();
        while (!fragment.scopes.isEmpty()) {
            fragment.event(in.next());
        }
        return fragment.out.toString();
    }

    private void event(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                closeStartTag();
                startElement();
            }
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                closeStartTag();
                XmlText.text(out, in.getText());
            }
            default -> {
                // comments and processing instructions carry no data the element needs
            }
        }
    }

    private void startElement() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            bind(declared, nonNull(in.getNamespacePrefix(i)), nonNull(in.getNamespaceURI(i)));
        }
        bind(declared, nonNull(in.getPrefix()), nonNull(in.getNamespaceURI()));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = nonNull(in.getAttributePrefix(i));
            if (!prefix.isEmpty()) {
                bind(declared, prefix, nonNull(in.getAttributeNamespace(i)));
            }
        }
        out.append('<').append(qualified(in.getPrefix(), in.getLocalName()));
        declared.forEach((prefix, uri) -> XmlText.attribute(out, prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            XmlText.attribute(out, qualified(in.getAttributePrefix(i), in.getAttributeLocalName(i)), in.getAttributeValue(i));
        }
        scopes.push(declared.isEmpty() ? Map.of() : new HashMap<>(declared));
        startTagOpen = true;
    }

    private void endElement() {
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(qualified(in.getPrefix(), in.getLocalName())).append('>');
        }
        scopes.pop();
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    /** Declares {@code prefix} here unless the fragment already binds it to {@code uri}. */
    private void bind(Map<String, String> declared, String prefix, String uri) {
        if ("xml".equals(prefix) || declared.containsKey(prefix)) {
            return;
        }
        if (!uri.equals(inScope(prefix))) {
            declared.put(prefix, uri);
        }
    }

    private String inScope(String prefix) {
        for (Map<String, String> scope : scopes) {
            String uri = scope.get(prefix);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
