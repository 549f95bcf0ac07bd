package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Checksum;
import org.syndicast.distribution.api.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one track, catalog or attachment from a reader standing on its start tag. The children this model
 * names are read into fields; every other child is kept whole, as an XML fragment, in document order.
 */
final class ElementReader {
    static final String MALFORMED = "MALFORMED_MEDIAPACKAGE";

    private final XMLStreamReader in;
    private final ElementKind kind;
    private final String id;
    private final Set<String> seen = new HashSet<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> extraXml = new ArrayList<>();
    private String mimetype;
    private URI url;
    private Long size;
    private Checksum checksum;
    private Long duration;

    private ElementReader(XMLStreamReader in, ElementKind kind, String id) {
        this.in = in;
        this.kind = kind;
        this.id = id;
    }

    /**
     * Reads the element {@code in} stands on; returns with {@code in} on its end tag.
     *
     * @throws InvalidInputException ({@value #MALFORMED}) for a missing id, a bad url, size, duration or checksum
     * @throws XMLStreamException    for XML that is not well-formed
     */
    static MediaPackageElement read(XMLStreamReader in, ElementKind kind) throws XMLStreamException {
        String id = attribute(in, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(MALFORMED, "A <" + kind.tag() + "> has no 'id' attribute");
        }
        ElementReader reader = new ElementReader(in, kind, id);
        String flavor = blankToNull(attribute(in, "type"));
        String ref = blankToNull(attribute(in, "ref"));
        while (in.next() != XMLStreamConstants.END_ELEMENT) {
            if (in.getEventType() == XMLStreamConstants.START_ELEMENT) {
                reader.child();
            }
        }
        return new MediaPackageElement(kind, id, flavor, ref, reader.mimetype, reader.tags, reader.url, reader.size,
                reader.checksum, reader.duration, reader.extraXml);
    }

    /** The value of the unqualified attribute {@code name}, or null. */
    static String attribute(XMLStreamReader in, String name) {
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String ns = in.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && name.equals(in.getAttributeLocalName(i))) {
                return in.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether the reader's current element is in the media package namespace or in none. */
    static boolean isOurs(XMLStreamReader in) {
        String ns = in.getNamespaceURI();
        return ns == null || ns.isEmpty() || MediaPackageXml.NAMESPACE.equals(ns);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void child() throws XMLStreamException {
        String name = isOurs(in) ? in.getLocalName() : "";
        switch (name) {
            case "mimetype" -> mimetype = blankToNull(once(name).getElementText());
            case "tags" -> readTags();
            case "url" -> url = uri(once(name).getElementText());
            case "size" -> size = number(once(name).getElementText(), name);
            case "checksum" -> checksum = checksum();
            case "duration" -> {
                if (kind == ElementKind.TRACK) {
                    duration = number(once(name).getElementText(), name);
                } else {
                    extraXml.add(XmlFragment.copy(in));
                }
            }
            default -> extraXml.add(XmlFragment.copy(in));
        }
    }

    /** Refuses a second {@code <url>}, {@code <size>}, ...: which one would count is anybody's guess. */
    private XMLStreamReader once(String name) {
        if (!seen.add(name)) {
            throw error("has more than one <" + name + ">");
        }
        return in;
    }

    private void readTags() throws XMLStreamException {
        while (in.next() != XMLStreamConstants.END_ELEMENT) {
            if (in.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isOurs(in) && "tag".equals(in.getLocalName())) {
                String tag = blankToNull(in.getElementText());
                if (tag != null) {
                    tags.add(tag);
                }
            } else {
                XmlFragment.copy(in);   // not a tag: skip it whole
            }
        }
    }

    private Checksum checksum() throws XMLStreamException {
        once("checksum");
        String type = blankToNull(attribute(in, "type"));
        String value = blankToNull(in.getElementText());
        if (type == null || value == null) {
            throw error("has a <checksum> without a 'type' attribute or a value");
        }
        return new Checksum(type, value);
    }

    private URI uri(String text) {
        String s = blankToNull(text);
        if (s == null) {
            return null;
        }
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            // the reason only: the URL itself may carry credentials
            throw error("has an invalid <url>: " + e.getReason() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }

    private Long number(String text, String name) {
        String s = blankToNull(text);
        if (s == null) {
            return null;
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw error("has a <" + name + "> that is not a whole number");
        }
    }

    private InvalidInputException error(String what) {
        return new InvalidInputException(MALFORMED, "Element '" + id + "' " + what);
    }
}
