package org.syndicast.kaltura.rest.impl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.RawData;

/**
 * Answers in Kaltura's XML, as the Java and Python clients read it: UTF-8, first byte {@code <}, one line
 * without any whitespace between elements, {@code objectType} first in every object, booleans {@code 1}/{@code 0},
 * nulls left out, empty arrays as {@code <name></name>}, characters XML 1.0 forbids removed.
 */
final class XmlAnswer {
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result>";
    private static final String TAIL = "</result></xml>";

    private XmlAnswer() {
    }

    /** The document of one call. */
    static byte[] one(Outcome outcome) {
        StringBuilder out = new StringBuilder(HEAD);
        outcome(out, outcome);
        return out.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The document of a multirequest: one {@code <item>} per call, in order. */
    static byte[] many(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder(HEAD);
        for (Outcome o : outcomes) {
            out.append("<item>");
            outcome(out, o);
            out.append("</item>");
        }
        return out.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void outcome(StringBuilder out, Outcome o) {
        if (o instanceof Outcome.Failure f) {
            error(out, f.error());
        } else {
            value(out, ((Outcome.Result) o).value());
        }
    }

    static void error(StringBuilder out, KalturaException e) {
        out.append("<error><objectType>KalturaAPIException</objectType>");
        element(out, "code", e.code());
        element(out, "message", e.getMessage());
        out.append("<args>");
        for (Map.Entry<String, String> a : e.args().entrySet()) {
            out.append("<item><objectType>KalturaApiExceptionArg</objectType>");
            element(out, "name", a.getKey());
            element(out, "value", a.getValue());
            out.append("</item>");
        }
        out.append("</args></error>");
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof KObject k) {
            element(out, "objectType", k.objectType());
            for (Map.Entry<String, Object> f : k.fields().entrySet()) {
                out.append('<').append(f.getKey()).append('>');
                value(out, f.getValue());
                out.append("</").append(f.getKey()).append('>');
            }
        } else if (v instanceof List<?> list) {
            for (Object item : list) {
                out.append("<item>");
                value(out, item);
                out.append("</item>");
            }
        } else if (v instanceof Boolean b) {
            out.append(b ? '1' : '0');
        } else if (v instanceof RawData raw) {
            text(out, Text.decode(raw.bytes())); // inside a multirequest: the data as text

        } else {
            text(out, v.toString());
        }
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>');
        text(out, text);
        out.append("</").append(name).append('>');
    }

    /** Escapes markup and drops what XML 1.0 cannot carry (most controls, lone surrogates, U+FFFE, U+FFFF). */
    static void text(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n';
        }
        return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
