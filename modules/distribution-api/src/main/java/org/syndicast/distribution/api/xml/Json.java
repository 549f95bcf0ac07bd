package org.syndicast.distribution.api.xml;

/**
 * The little JSON this package writes by hand: string literals that are valid JSON for any input and safe
 * to embed in JavaScript (U+2028 and U+2029 escaped), and objects whose null members are left out.
 */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** Appends {@code s} as a JSON string literal, quotes included; {@code null} as {@code null}. */
    static StringBuilder quote(StringBuilder out, String s) {
        if (s == null) {
            return out.append("null");
        }
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F) {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(out, c);   // a lone surrogate cannot be encoded as UTF-8, but escaped it is valid JSON
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code s} as a JSON string literal. */
    static String quote(String s) {
        return quote(new StringBuilder(s == null ? 4 : s.length() + 2), s).toString();
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
    }

    /** Builds one JSON object member by member; members whose value is null are left out. */
    static final class ObjectWriter {
        private final StringBuilder out;
        private boolean first = true;

        ObjectWriter(StringBuilder out) {
            this.out = out;
            out.append('{');
        }

        /** A string member, left out when null or empty. */
        ObjectWriter string(String name, String value) {
            return value == null || value.isEmpty() ? this : raw(name, quote(value));
        }

        /** A number or boolean member, left out when null. */
        ObjectWriter literal(String name, Object value) {
            return value == null ? this : raw(name, value.toString());
        }

        /** A member whose value is already JSON, left out when null. */
        ObjectWriter raw(String name, String json) {
            if (json == null) {
                return this;
            }
            out.append(first ? "" : ",");
            first = false;
            quote(out, name).append(':').append(json);
            return this;
        }

        /** Closes the object. */
        StringBuilder end() {
            return out.append('}');
        }
    }
}
