package org.syndicast.asset.rest.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.xml.SecureXml;

/**
 * The XML form of the ingest API: {@code <asset id=".."><title/><description/><tags><tag/></tags>
 * <fields><field name=".."/></fields><readiness/><moderation/>…</asset>}. Read securely, into the same members
 * the JSON form has, so both go through one validation.
 */
final class AssetXml {
    private AssetXml() {
    }

    /** The members of an {@code <asset>} document, as {@link AssetJson#update} takes them. */
    static Map<String, Object> members(String xml) {
        try {
            XMLStreamReader in = SecureXml.reader(xml);
            in.nextTag();
            if (!"asset".equals(in.getLocalName())) {
                throw new InvalidInputException("MALFORMED_XML", "The root element must be <asset>");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            String id = in.getAttributeValue(null, "id");
            if (id != null) {
                m.put("id", id);
            }
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = in.getLocalName();
                switch (name) {
                    case "tags" -> m.put("tags", list(in, "tag"));
                    case "fields" -> m.put("fields", fields(in));
                    default -> m.put(name, in.getElementText());
                }
            }
            return m;
        } catch (XMLStreamException e) {
            throw new InvalidInputException("MALFORMED_XML", "Not well-formed XML: " + SecureXml.reason(e));
        }
    }

    private static List<Object> list(XMLStreamReader in, String child) throws XMLStreamException {
        List<Object> out = new ArrayList<>();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!child.equals(in.getLocalName())) {
                throw new InvalidInputException("MALFORMED_XML", "Only <" + child + "> may stand here");
            }
            out.add(in.getElementText());
        }
        return out;
    }

    private static Map<String, Object> fields(XMLStreamReader in) throws XMLStreamException {
        Map<String, Object> out = new LinkedHashMap<>();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = in.getAttributeValue(null, "name");
            if (!"field".equals(in.getLocalName()) || name == null) {
                throw new InvalidInputException("MALFORMED_XML", "Only <field name=\"…\"> may stand in <fields>");
            }
            out.put(name, in.getElementText());
        }
        return out;
    }

    static String asset(Asset a) {
        return write(w -> writeAsset(w, a));
    }

    static String page(AssetPage p, int offset, int limit) {
        return write(w -> {
            w.writeStartElement("assets");
            w.writeAttribute("total", Long.toString(p.total()));
            w.writeAttribute("offset", Integer.toString(offset));
            w.writeAttribute("limit", Integer.toString(limit));
            for (Asset a : p.assets()) {
                writeAsset(w, a);
            }
            w.writeEndElement();
        });
    }

    private static void writeAsset(XMLStreamWriter w, Asset a) throws XMLStreamException {
        w.writeStartElement("asset");
        w.writeAttribute("id", a.id());
        w.writeAttribute("version", Long.toString(a.version()));
        text(w, "title", a.title());
        text(w, "description", a.description());
        tags(w, a.tags());
        w.writeStartElement("fields");
        for (Map.Entry<String, String> f : a.fields().entrySet()) {
            w.writeStartElement("field");
            w.writeAttribute("name", f.getKey());
            w.writeCharacters(f.getValue());
            w.writeEndElement();
        }
        w.writeEndElement();
        text(w, "readiness", a.readiness().name());
        text(w, "moderation", a.moderation().name());
        text(w, "created", a.created().toString());
        text(w, "modified", a.modified().toString());
        w.writeStartElement("elements");
        for (AssetElement e : a.elements()) {
            w.writeStartElement(e.kind().tag());
            w.writeAttribute("id", e.id());
            if (e.flavor() != null) {
                w.writeAttribute("type", e.flavor());
            }
            text(w, "mimetype", e.mimetype());
            tags(w, e.tags());
            text(w, "fileName", e.fileName());
            text(w, "size", Long.toString(e.size()));
            text(w, "md5", e.md5());
            text(w, "sha256", e.sha256());
            text(w, "width", e.width() == null ? null : e.width().toString());
            text(w, "height", e.height() == null ? null : e.height().toString());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void tags(XMLStreamWriter w, List<String> tags) throws XMLStreamException {
        w.writeStartElement("tags");
        for (String t : tags) {
            text(w, "tag", t);
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement(name);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            XMLStreamWriter w = SecureXml.outputFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
