package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;

/** Writes one element as Opencast does: attributes id, type, ref; children in the schema's order. */
final class ElementWriter {

    private ElementWriter() {
    }

    /**
     * Appends {@code e} as an XML element; with {@code declareNamespace} it declares the media package
     * namespace as its default, otherwise it relies on a parent that does.
     */
    static void write(StringBuilder out, MediaPackageElement e, boolean declareNamespace) {
        String tag = e.kind().tag();
        out.append('<').append(tag);
        if (declareNamespace) {
            XmlText.attribute(out, "xmlns", MediaPackageXml.NAMESPACE);
        }
        XmlText.attribute(out, "id", e.id());
        XmlText.attribute(out, "type", e.flavor());
        XmlText.attribute(out, "ref", e.ref());
        out.append('>');
        XmlText.element(out, "mimetype", e.mimetype());
        if (e.tags().stream().anyMatch(t -> !t.isBlank())) {
            out.append("<tags>");
            e.tags().stream().filter(t -> !t.isBlank()).forEach(t -> XmlText.element(out, "tag", t));
            out.append("</tags>");
        }
        if (e.url() != null) {
            XmlText.element(out, "url", e.url().toString());
        }
        if (e.size() != null) {
            XmlText.element(out, "size", e.size().toString());
        }
        if (e.checksum() != null) {
            out.append("<checksum");
            XmlText.attribute(out, "type", e.checksum().type());
            out.append('>');
            XmlText.text(out, e.checksum().value()).append("</checksum>");
        }
        if (e.kind() == ElementKind.TRACK && e.duration() != null) {
            XmlText.element(out, "duration", e.duration().toString());
        }
        e.extraXml().forEach(out::append);
        out.append("</").append(tag).append('>');
    }
}
