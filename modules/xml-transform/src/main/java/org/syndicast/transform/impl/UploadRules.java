package org.syndicast.transform.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the sandbox checks in an upload (a stylesheet, a schema) before any compiler sees it: the upload is read
 * once through {@link SafeXml} (a DOCTYPE is refused as FORBIDDEN), a subclass refuses what its kind of upload
 * may not contain, and every refusal is reported with its line and column.
 */
abstract class UploadRules extends DefaultHandler {
    private final Problems problems = new Problems();
    private Locator locator;

    /** Reads {@code upload} through {@code rules}; throws with every violation found. */
    static void check(UploadRules rules, byte[] upload) throws TransformException {
        try {
            XMLReader reader = SafeXml.reader();
            reader.setContentHandler(rules);
            reader.setErrorHandler(rules.problems);
            reader.parse(new InputSource(new ByteArrayInputStream(upload)));
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
    public final void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    /** Records a violation at the current position. */
    protected final void refuse(String message) {
        problems.add(locator == null ? XmlProblem.of(message)
                : new XmlProblem(locator.getLineNumber(), locator.getColumnNumber(), message));
    }
}
