package org.syndicast.transform.impl;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Parsers for every document the sandbox reads: the JDK's own Xerces (never one another bundle provides),
 * namespace-aware, secure processing on, nesting limited to {@link #MAX_DEPTH} elements, any DOCTYPE a fatal error (so no DTD, external entity, parameter
 * entity or entity expansion is ever processed), nothing fetched. Factories are per thread (they are not
 * thread-safe); readers and builders are new per document.
 */
final class SafeXml {
    /** Deeper nesting is a fatal error: no real stylesheet, schema or feed comes near it. */
    static final int MAX_DEPTH = 512;
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final ThreadLocal<SAXParserFactory> SAX = ThreadLocal.withInitial(SafeXml::newSaxFactory);
    private static final ThreadLocal<DocumentBuilderFactory> DOM = ThreadLocal.withInitial(SafeXml::newDomFactory);

    private SafeXml() {
    }

    static XMLReader reader() throws SAXException {
        try {
            XMLReader reader = SAX.get().newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(MAX_ELEMENT_DEPTH, MAX_DEPTH);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: the sandbox resolves no URI");
            });
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser refused the sandbox settings", e);
        }
    }

    /** {@code bytes} as a source read by a fresh {@link #reader()}, with no system id. */
    static SAXSource source(byte[] bytes) throws SAXException {
        return new SAXSource(reader(), new InputSource(new ByteArrayInputStream(bytes)));
    }

    /** As {@link #source(byte[])}, its parse errors (a DTD, a document that is not well-formed) kept in {@code errors}. */
    static SAXSource source(byte[] bytes, Problems errors) throws SAXException {
        XMLFilterImpl watched = new XMLFilterImpl(reader()) {
            // the processor sets its own error handler; this filter stands between it and the parser
            @Override
            public void error(SAXParseException e) throws SAXException {
                errors.add(e);
                super.error(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                errors.add(e);
                super.fatalError(e);
            }
        };
        return new SAXSource(watched, new InputSource(new ByteArrayInputStream(bytes)));
    }

    static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilder builder = DOM.get().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: the sandbox resolves no URI");
            });
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser refused the sandbox settings", e);
        }
    }

    private static SAXParserFactory newSaxFactory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser refused the sandbox settings", e);
        }
        return factory;
    }

    private static DocumentBuilderFactory newDomFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser refused the sandbox settings", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
        return factory;
    }
}
