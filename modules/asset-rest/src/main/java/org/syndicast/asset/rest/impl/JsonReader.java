package org.syndicast.asset.rest.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * Reads a JSON document into maps, lists, strings, numbers (as text), booleans and null. Lenient in one way
 * clients need: a trailing comma before {@code }} or {@code ]} is accepted (EnterMediaDB's own examples have
 * one). Nesting is limited; anything else that is not JSON is a 400 {@code MALFORMED_JSON}.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 32;

    private final String s;
    private int i;

    private JsonReader(String s) {
        this.s = s;
    }

    /** The object in {@code text}; a document that is not an object is refused. */
    static Map<String, Object> object(String text) {
        JsonReader r = new JsonReader(text == null ? "" : text);
        r.space();
        if (r.i >= r.s.length() || r.s.charAt(r.i) != '{') {
            throw r.error("a JSON object was expected");
        }
        Object value = r.value(0);
        r.space();
        if (r.i != r.s.length()) {
            throw r.error("unexpected text after the object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        space();
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        while (true) {
            space();
            if (peek('}')) {
                i++;
                return out;
            }
            String key = string();
            space();
            expect(':');
            out.put(key, value(depth + 1));
            space();
            if (peek(',')) {
                i++;
            } else if (!peek('}')) {
                throw error("',' or '}' expected");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> out = new ArrayList<>();
        i++;
        while (true) {
            space();
            if (peek(']')) {
                i++;
                return out;
            }
            out.add(value(depth + 1));
            space();
            if (peek(',')) {
                i++;
            } else if (!peek(']')) {
                throw error("',' or ']' expected");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= s.length()) {
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw error("bad \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                }
                default -> throw error("bad escape");
            }
        }
        throw error("unterminated string");
    }

    private String number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (start == i) {
            throw error("unexpected character '" + s.charAt(i) + "'");
        }
        String n = s.substring(start, i);
        try {
            new java.math.BigDecimal(n);
        } catch (NumberFormatException x) {
            throw error("bad number");
        }
        return n;
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, i)) {
            throw error("unexpected word");
        }
        i += word.length();
        return value;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' expected");
        }
        i++;
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private InvalidInputException error(String what) {
        return new InvalidInputException("MALFORMED_JSON", "Not a valid JSON body at character " + i + ": " + what);
    }
}
