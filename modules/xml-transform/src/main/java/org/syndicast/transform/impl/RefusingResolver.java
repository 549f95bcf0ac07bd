package org.syndicast.transform.impl;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves nothing: every {@code document()}, include, import or schema location is refused with an error
 * naming the URI. Remembers the first URI refused, so that the run's error can say what was asked for.
 */
final class RefusingResolver implements URIResolver, LSResourceResolver {
    private volatile String refused;

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        remember(href);
        throw new TransformerException(message(href));
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
        remember(systemId);
        throw new SecurityException(message(systemId));
    }

    /** The first URI refused, if any. */
    String refused() {
        return refused;
    }

    static String message(String uri) {
        return "'" + uri + "' refused: the sandbox resolves no URI (a stylesheet or schema must be self-contained)";
    }

    private void remember(String uri) {
        if (refused == null) {
            refused = String.valueOf(uri);
        }
    }
}
