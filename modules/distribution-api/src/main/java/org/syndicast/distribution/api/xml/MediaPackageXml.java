package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.MediaPackage;
import org.syndicast.distribution.api.InvalidInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes Opencast's MediaPackage document and its single-element documents (namespace
 * {@value #NAMESPACE}). Reading is secure (see {@link SecureXml}) and accepts the namespace or none.
 * Every problem with a document, from XML that is not well-formed to a size that is not a number, is an
 * {@link InvalidInputException} with code {@value #MALFORMED_MEDIAPACKAGE} whose message says what is wrong.
 */
public final class MediaPackageXml {
    /** The namespace of media package documents. */
    public static final String NAMESPACE = "http://mediapackage.opencastproject.org";

    /** The error code for a media package or element document that cannot be read. */
    public static final String MALFORMED_MEDIAPACKAGE = ElementReader.MALFORMED;

    private MediaPackageXml() {
    }

    /**
     * Reads a media package: its {@code id}, {@code title} and the elements in {@code media/track},
     * {@code metadata/catalog} and {@code attachments/attachment}, in document order. Other children
     * (series, creators, publications, ...) are not part of the model and are passed over; the document
     * itself is kept verbatim in {@link MediaPackage#xml()}. Element ids must be unique.
     *
     * @throws InvalidInputException ({@value #MALFORMED_MEDIAPACKAGE}) when the document cannot be read
     */
    public static MediaPackage parse(String xml) {
        return read(xml, "mediapackage", in -> {
            if (!"mediapackage".equals(in.getLocalName()) || !ElementReader.isOurs(in)) {
                throw new InvalidInputException(MALFORMED_MEDIAPACKAGE,
                        "The root element must be <mediapackage> in namespace " + NAMESPACE + ", not " + name(in));
            }
            String id = ElementReader.blankToNull(ElementReader.attribute(in, "id"));
            if (id == null) {
                throw new InvalidInputException(MALFORMED_MEDIAPACKAGE, "The mediapackage has no 'id' attribute");
            }
            String title = null;
            List<MediaPackageElement> elements = new ArrayList<>();
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String child = ElementReader.isOurs(in) ? in.getLocalName() : "";
                switch (child) {
                    case "title" -> title = ElementReader.blankToNull(in.getElementText());
                    case "media" -> readContainer(in, ElementKind.TRACK, elements);
                    case "metadata" -> readContainer(in, ElementKind.CATALOG, elements);
                    case "attachments" -> readContainer(in, ElementKind.ATTACHMENT, elements);
                    default -> skip(in);
                }
            }
            requireUniqueIds(elements);
            return new MediaPackage(id, title, elements, xml);
        });
    }

    /**
     * Reads one element document as {@link #elementToXml} writes it: root {@code track}, {@code catalog} or
     * {@code attachment}.
     *
     * @throws InvalidInputException ({@value #MALFORMED_MEDIAPACKAGE}) when the document cannot be read
     */
    public static MediaPackageElement parseElement(String xml) {
        return read(xml, "element", in -> {
            ElementKind kind = ElementReader.isOurs(in) ? ElementKind.ofTag(in.getLocalName()).orElse(null) : null;
            if (kind == null) {
                throw new InvalidInputException(MALFORMED_MEDIAPACKAGE,
                        "The root element must be <track>, <catalog> or <attachment> in namespace " + NAMESPACE
                                + ", not " + name(in));
            }
            return ElementReader.read(in, kind);
        });
    }

    /**
     * One element as a standalone document: the XML prolog, then the element named by its kind with the
     * media package namespace as default namespace, attributes {@code id}, {@code type}, {@code ref}, and
     * children {@code mimetype}, {@code tags/tag*}, {@code url}, {@code size}, {@code checksum}, (tracks)
     * {@code duration}, then the element's {@link MediaPackageElement#extraXml() extra XML} verbatim.
     * Absent fields are left out.
     */
    public static String elementToXml(MediaPackageElement e) {
        StringBuilder out = new StringBuilder(256).append(XmlText.PROLOG);
        ElementWriter.write(out, e, true);
        return out.toString();
    }

    /**
     * A media package document with the package's id, title and elements, grouped into {@code media},
     * {@code metadata} and {@code attachments} in that order. Only what the model holds is written; for
     * the caller's original document, see {@link MediaPackage#xml()}.
     */
    public static String toXml(MediaPackage mp) {
        StringBuilder out = new StringBuilder(1024).append(XmlText.PROLOG).append("<mediapackage");
        XmlText.attribute(out, "xmlns", NAMESPACE);
        XmlText.attribute(out, "id", mp.id());
        out.append('>');
        XmlText.element(out, "title", mp.title());
        for (ElementKind kind : ElementKind.values()) {
            List<MediaPackageElement> ofKind = mp.elements().stream().filter(e -> e.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                out.append('<').append(kind.container()).append('>');
                ofKind.forEach(e -> ElementWriter.write(out, e, false));
                out.append("</").append(kind.container()).append('>');
            }
        }
        return out.append("</mediapackage>").toString();
    }

    /** Reads the root of {@code xml} with {@code body}, then makes sure nothing but whitespace follows it. */
    private static <T> T read(String xml, String what, RootReader<T> body) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInputException(MALFORMED_MEDIAPACKAGE, "No " + what + " document was given");
        }
        try {
            XMLStreamReader in = SecureXml.reader(withoutLeadingSpace(xml));
            in.nextTag();
            T result = body.read(in);
            while (in.hasNext()) {
                in.next();
            }
            in.close();
            return result;
        } catch (XMLStreamException e) {
            throw new InvalidInputException(MALFORMED_MEDIAPACKAGE, notWellFormed(what, SecureXml.reason(e)));
        } catch (InvalidInputException e) {
            if (e.code().equals(MALFORMED_MEDIAPACKAGE)) {
                throw e;
            }
            String prefix = "Not well-formed XML: ";
            throw new InvalidInputException(MALFORMED_MEDIAPACKAGE, e.getMessage().startsWith(prefix)
                    ? notWellFormed(what, e.getMessage().substring(prefix.length())) : e.getMessage());
        }
    }

    private static String notWellFormed(String what, String reason) {
        return "The " + what + " document is not well-formed XML: " + reason;
    }

    /** Form fields often start with a line break or a byte order mark, which would make the prolog illegal. */
    private static String withoutLeadingSpace(String xml) {
        String s = xml.stripLeading();
        return s.startsWith("\uFEFF") ? s.substring(1).stripLeading() : s;
    }

    private static void readContainer(XMLStreamReader in, ElementKind kind, List<MediaPackageElement> into)
            throws XMLStreamException {
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (ElementReader.isOurs(in) && kind.tag().equals(in.getLocalName())) {
                into.add(ElementReader.read(in, kind));
            } else {
                skip(in);
            }
        }
    }

    /** Passes over the element the reader stands on, whatever it holds. */
    private static void skip(XMLStreamReader in) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void requireUniqueIds(List<MediaPackageElement> elements) {
        Set<String> ids = new HashSet<>();
        for (MediaPackageElement e : elements) {
            if (!ids.add(e.id())) {
                throw new InvalidInputException(MALFORMED_MEDIAPACKAGE,
                        "The mediapackage has more than one element with id '" + e.id() + "'");
            }
        }
    }

    private static String name(XMLStreamReader in) {
        String ns = in.getNamespaceURI();
        return "<" + in.getLocalName() + ">" + (ns == null || ns.isEmpty() ? " without namespace" : " in " + ns);
    }

    @FunctionalInterface
    private interface RootReader<T> {
        T read(XMLStreamReader in) throws XMLStreamException;
    }
}
