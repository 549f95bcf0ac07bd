package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.InvalidInputException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A reader that refuses DTDs, entity references and deep nesting on every event. {@link #nextTag()} and
 * {@link #getElementText()} are re-implemented on top of {@link #next()}: the delegate's versions would
 * advance the underlying reader without passing the checks.
 */
final class GuardedReader extends StreamReaderDelegate {
    private int depth;

    GuardedReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE,
                    XMLStreamConstants.NOTATION_DECLARATION ->
                throw new InvalidInputException(SecureXml.MALFORMED_XML, SecureXml.NOT_ALLOWED);
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > SecureXml.MAX_DEPTH) {
                    throw new InvalidInputException(SecureXml.MALFORMED_XML,
                            "Elements are nested deeper than " + SecureXml.MAX_DEPTH + " levels");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
                // text, comments, processing instructions, document start and end pass unchanged
            }
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
                    return event;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                    if (!isWhiteSpace()) {
                        throw new XMLStreamException("Text found where an element was expected", getLocation());
                    }
                    break;
                case XMLStreamConstants.SPACE, XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION:
                    break;
                default:
                    throw new XMLStreamException("An element was expected", getLocation());
            }
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("Text can only be read from the start of an element", getLocation());
        }
        String name = getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    text.append(getText());
                    break;
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION:
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    return text.toString();
                case XMLStreamConstants.START_ELEMENT:
                    throw new XMLStreamException("<" + name + "> must hold text only, not <" + getLocalName() + ">",
                            getLocation());
                default:
                    throw new XMLStreamException("<" + name + "> is not closed", getLocation());
            }
        }
    }
}
