package org.syndicast.distribution.api.xml;

/**
 * Escaping for the XML this package writes by hand. Every string goes through here, so output is
 * well-formed XML 1.0 whatever the input: markup characters become references, a carriage return becomes
 * {@code &#13;} (so that it survives line-end normalisation), and characters XML 1.0 cannot carry at all
 * (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD.
 */
final class XmlText {
    /** The prolog of every document this package writes. */
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** Appends {@code s} escaped as element content; {@code >} is always escaped, which also breaks {@code ]]>}. */
    static StringBuilder text(StringBuilder out, String s) {
        return escape(out, s, false);
    }

    /** Appends {@code s} escaped for a double-quoted attribute value, keeping tabs and line ends as references. */
    static StringBuilder attribute(StringBuilder out, String s) {
        return escape(out, s, true);
    }

    /** Appends {@code <name>escaped text</name>} when {@code value} is neither null nor empty. */
    static void element(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append('<').append(name).append('>');
            text(out, value).append("</").append(name).append('>');
        }
    }

    /** Appends {@code  name="escaped value"} when {@code value} is not null. */
    static void attribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            attribute(out, value).append('"');
        }
    }

    private static StringBuilder escape(StringBuilder out, String s, boolean inAttribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out;
    }

    /** Whether XML 1.0 allows {@code c} on its own (a surrogate never is: pairs are handled by the caller). */
    private static boolean allowed(char c) {
        return c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }
}
