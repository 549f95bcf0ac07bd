package org.syndicast.transform.impl;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * Compiles a schema that passed {@link SchemaRules} with the JDK's own validator ({@link
 * SchemaFactory#newDefaultInstance()}), secure processing on (which also bounds {@code maxOccurs} and
 * entity expansion), no external DTD or schema access, and a resolver that refuses every location.
 */
final class SchemaCompiler {
    private SchemaCompiler() {
    }

    static Schema compile(String name, byte[] xsd) throws TransformException {
        SchemaRules.check(xsd);
        Problems problems = new Problems();
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's schema factory refused the sandbox settings", e);
        }
        factory.setResourceResolver(new RefusingResolver());
        factory.setErrorHandler(problems);
        try {
            Schema schema = factory.newSchema(SafeXml.source(xsd));
            if (!problems.isEmpty()) {
                throw new TransformException(Kind.INVALID_SOURCE, problems.list());
            }
            return schema;
        } catch (SAXException | SecurityException e) {
            if (problems.isEmpty()) {
                throw new TransformException(Kind.INVALID_SOURCE, "schema " + name + " does not compile: " + e.getMessage());
            }
            throw new TransformException(Kind.INVALID_SOURCE, problems.list());
        }
    }
}
