package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.InvalidInputException;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way this code base reads XML sent by callers. Documents with a DTD (a {@code DOCTYPE}) are
 * refused outright, so external entities (XXE), parameter entities, external DTDs and entity expansion
 * ("billion laughs") never get a chance to run; nothing is ever fetched from a file or the network.
 *
 * <p>The factories are the JDK's own StAX implementation, never one a bundle or the thread context class
 * loader happens to provide, so the hardening below is known to hold.
 */
public final class SecureXml {
    /** How deep elements may nest in a document read through {@link #reader(String)}. */
    public static final int MAX_DEPTH = 256;

    /** The error code for XML that is not well-formed or not allowed. */
    public static final String MALFORMED_XML = "MALFORMED_XML";

    static final String NOT_ALLOWED = "DTDs and external entities are not allowed";

    private SecureXml() {
    }

    /**
     * A new StAX input factory that does not process DTDs, resolves no external entity, leaves entity
     * references unexpanded, cannot reach external DTDs or schemas, and coalesces adjacent text.
     * Prefer {@link #reader(String)}, which also refuses DTDs and entity references outright.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException(NOT_ALLOWED);
        });
        return f;
    }

    /** A new StAX output factory: the JDK's own, writing namespaces exactly as told. */
    public static XMLOutputFactory outputFactory() {
        XMLOutputFactory f = XMLOutputFactory.newDefaultFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        return f;
    }

    /**
     * A namespace-aware reader over {@code xml}, positioned before its first event.
     *
     * <p>A document with a {@code DOCTYPE} is refused here, before any of it is returned. While reading,
     * the reader throws {@link XMLStreamException} for XML that is not well-formed, which includes any entity
     * reference other than the five predefined ones (without a DTD none is declared), and
     * {@link InvalidInputException} ({@value #MALFORMED_XML}) for elements nested deeper than
     * {@value #MAX_DEPTH} and for an entity reference should a parser ever report one instead of failing.
     * Adjacent text arrives as one event.
     *
     * @throws InvalidInputException with code {@value #MALFORMED_XML} for a null document, a document with a
     *                               DTD, or a prolog that is not well-formed
     */
    public static XMLStreamReader reader(String xml) {
        if (xml == null) {
            throw new InvalidInputException(MALFORMED_XML, "No XML document was given");
        }
        XMLInputFactory factory = inputFactory();
        try {
            refuseDtd(factory.createXMLStreamReader(new StringReader(xml)));
            return new GuardedReader(factory.createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException e) {
            throw new InvalidInputException(MALFORMED_XML, "Not well-formed XML: " + reason(e));
        }
    }

    /**
     * The parser's reason for refusing a document, with its line and column, without the exception's
     * class name or stack: fit for an error message.
     */
    public static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": "
                    + reason;
        }
        return reason;
    }

    /** Reads the prolog, the only place a DOCTYPE may stand, and fails if there is one. */
    private static void refuseDtd(XMLStreamReader prolog) throws XMLStreamException {
        try {
            while (prolog.hasNext()) {
                int event = prolog.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw new InvalidInputException(MALFORMED_XML, NOT_ALLOWED);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } finally {
            prolog.close();
        }
    }
}
