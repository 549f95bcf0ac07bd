package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The element list of Opencast's sync endpoints and job payloads: each element as its own XML document
 * ({@link MediaPackageXml#elementToXml}), joined by the literal separator {@value #SEPARATOR}; an empty list
 * is the empty string.
 */
public final class ElementListXml {
    /** What stands between two element documents. */
    public static final String SEPARATOR = "###";

    private ElementListXml() {
    }

    /** The elements, in order, as one element list; {@code ""} for none. */
    public static String write(List<MediaPackageElement> elements) {
        StringBuilder out = new StringBuilder();
        for (MediaPackageElement e : elements) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(MediaPackageXml.elementToXml(e));
        }
        return out.toString();
    }

    /**
     * The elements of an element list, in order; none for null or blank input. A {@value #SEPARATOR} inside
     * an element's text (a tag, say) does not split it: a piece ends only where it is a complete document.
     *
     * @throws InvalidInputException ({@value MediaPackageXml#MALFORMED_MEDIAPACKAGE}) for an entry that is
     *                               not an element document
     */
    public static List<MediaPackageElement> parse(String list) {
        List<MediaPackageElement> elements = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return elements;
        }
        String[] pieces = list.split(SEPARATOR, -1);
        int i = 0;
        while (i < pieces.length) {
            StringBuilder document = new StringBuilder(pieces[i++]);
            if (document.toString().isBlank()) {
                throw new InvalidInputException(MediaPackageXml.MALFORMED_MEDIAPACKAGE,
                        "Entry " + (elements.size() + 1) + " of the element list is empty");
            }
            while (i < pieces.length && !isComplete(document.toString())) {
                document.append(SEPARATOR).append(pieces[i++]);
            }
            elements.add(MediaPackageXml.parseElement(document.toString()));
        }
        return elements;
    }

    /** Whether {@code xml} is one well-formed document; a {@value #SEPARATOR} inside text splits none. */
    private static boolean isComplete(String xml) {
        try {
            XMLStreamReader in = SecureXml.reader(xml.stripLeading());
            while (in.hasNext()) {
                in.next();
            }
            return true;
        } catch (XMLStreamException | InvalidInputException e) {
            return false;
        }
    }
}
