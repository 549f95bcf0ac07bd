package org.syndicast.distribution.api.xml;

import java.util.Objects;

/**
 * The error document every XML dialect answers a refused request with:
 * {@code <error><code>CODE</code><message>...</message></error>}, no namespace, any text escaped.
 */
public final class ErrorXml {

    private ErrorXml() {
    }

    /**
     * The error document for a stable UPPER_SNAKE {@code code} and a message for people (null: empty).
     *
     * @throws NullPointerException when {@code code} is null
     */
    public static String write(String code, String message) {
        Objects.requireNonNull(code, "code");
        StringBuilder out = new StringBuilder(128).append(XmlText.PROLOG).append("<error><code>");
        XmlText.text(out, code).append("</code><message>");
        XmlText.text(out, message == null ? "" : message).append("</message></error>");
        return out.toString();
    }
}
