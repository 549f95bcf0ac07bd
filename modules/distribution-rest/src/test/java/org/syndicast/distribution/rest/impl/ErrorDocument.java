package org.syndicast.distribution.rest.impl;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** An error document read back as XML: its root, code and message. */
record ErrorDocument(String root, String code, String message) {

    static ErrorDocument parse(Object entity) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader((String) entity)));
            Element root = d.getDocumentElement();
            return new ErrorDocument(root.getTagName(), text(root, "code"), text(root, "message"));
        } catch (Exception e) {
            throw new AssertionError("not an error document: " + entity, e);
        }
    }

    private static String text(Element root, String child) {
        var nodes = root.getElementsByTagName(child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
