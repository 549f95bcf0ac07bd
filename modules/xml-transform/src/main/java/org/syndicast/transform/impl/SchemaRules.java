package org.syndicast.transform.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;

import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sandbox's rules for a schema, checked before the validator compiles it: no DTD, and no {@code
 * xs:include}, {@code xs:redefine}, {@code xs:override} or {@code xs:import} with a {@code schemaLocation}
 * (the schema must be one upload). The compiler's own resolver refuses every location as well.
 */
final class SchemaRules extends DefaultHandler {
    private final Problems problems = new Problems();
    private Locator locator;

    static void check(byte[] xsd) throws TransformException {
        SchemaRules rules = new SchemaRules();
        try {
            XMLReader reader = SafeXml.reader();
            reader.setContentHandler(rules);
            reader.setErrorHandler(rules.problems);
            reader.parse(new InputSource(new ByteArrayInputStream(xsd)));
        } catch (SAXParseException e) {
            boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            throw new TransformException(doctype ? Kind.FORBIDDEN : Kind.INVALID_SOURCE, rules.problems.list());
        } catch (SAXException | IOException e) {
            throw new TransformException(Kind.INVALID_SOURCE, String.valueOf(e.getMessage()));
        }
        if (!rules.problems.isEmpty()) {
            throw new TransformException(Kind.FORBIDDEN, rules.problems.list());
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(uri)) {
            return;
        }
        String location = attributes.getValue("", "schemaLocation");
        switch (localName) {
            case "include", "redefine", "override" -> refuse("xs:" + localName
                    + " is not allowed: a schema must be one self-contained upload");
            case "import" -> {
                if (location != null) {
                    refuse("xs:import of schemaLocation '" + location
                            + "' is not allowed: a schema must be one self-contained upload");
                }
            }
            default -> { }
        }
    }

    private void refuse(String message) {
        problems.add(new XmlProblem(locator.getLineNumber(), locator.getColumnNumber(), message));
    }
}
