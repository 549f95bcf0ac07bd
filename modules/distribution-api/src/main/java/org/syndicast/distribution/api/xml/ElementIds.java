package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code elementId} form parameter: a JSON array of element ids, {@code ["track-1","catalog-1"]}, with
 * single quotes accepted as well ({@code ['track-1']}), or a bare id {@code track-1} meaning a one-element
 * list. Every problem is an {@link InvalidInputException} with code {@value #INVALID_ELEMENT_ID}.
 */
public final class ElementIds {
    /** The error code for an {@code elementId} parameter that cannot be read. */
    public static final String INVALID_ELEMENT_ID = "INVALID_ELEMENT_ID";

    /** The most ids one parameter may hold. */
    public static final int MAX_IDS = 1000;

    private final String raw;
    private int pos;

    private ElementIds(String raw) {
        this.raw = raw;
    }

    /**
     * The ids in {@code raw}, in order, each once. Inside quotes, JSON escapes ({@code \"}, {@code \\},
     * {@code \/}, {@code \b}, {@code \f}, {@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}, and
     * {@code \'}) are decoded. A single JSON string ({@code "track-1"}) counts as a one-element list.
     *
     * @throws InvalidInputException ({@value #INVALID_ELEMENT_ID}) for a null or blank value, an empty array,
     *                               an item that is not a string, an empty id, more than {@value #MAX_IDS}
     *                               ids, or anything else that is not such an array
     */
    public static List<String> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("elementId is missing: expected a JSON array of element ids such as [\"track-1\"]");
        }
        String trimmed = raw.strip();
        char first = trimmed.charAt(0);
        if (first == '[' || first == '"' || first == '\'') {
            return new ElementIds(trimmed).document();
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "[]{}\"',".indexOf(c) >= 0) {
                throw invalid("elementId is neither a JSON array of element ids such as [\"track-1\"] nor a single id");
            }
        }
        return List.of(trimmed);
    }

    /** The ids as a JSON array of strings, {@code ["track-1","catalog-1"]}: what {@link #parse} reads back. */
    public static String toJson(List<String> ids) {
        return Json.write(ids);
    }

    private List<String> document() {
        Set<String> ids = new LinkedHashSet<>();
        if (peek() != '[') {
            ids.add(string(1));
        } else {
            pos++;
            skipSpace();
            if (peek() == ']') {
                throw invalid("elementId is an empty array: name at least one element");
            }
            int item = 0;
            while (true) {
                if (++item > MAX_IDS) {
                    throw invalid("elementId holds more than " + MAX_IDS + " ids");
                }
                skipSpace();
                ids.add(string(item));
                skipSpace();
                char c = peek();
                pos++;
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw invalid("elementId: expected ',' or ']' after item " + item + (c == 0 ? ", but it ends" : ""));
                }
            }
        }
        skipSpace();
        if (pos < raw.length()) {
            throw invalid("elementId has text after its end");
        }
        return new ArrayList<>(ids);
    }

    /** Reads a quoted string (item {@code item}, for messages) and returns it decoded. */
    private String string(int item) {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            throw invalid("elementId item " + item + " is not a string: element ids must be quoted");
        }
        pos++;
        StringBuilder id = new StringBuilder();
        while (true) {
            if (pos >= raw.length()) {
                throw invalid("elementId item " + item + " is an unterminated string");
            }
            char c = raw.charAt(pos++);
            if (c == quote) {
                break;
            }
            if (c < 0x20) {
                throw invalid("elementId item " + item + " holds a control character; escape it");
            }
            id.append(c == '\\' ? escape(item) : c);
        }
        if (id.toString().isBlank()) {
            throw invalid("elementId item " + item + " is empty");
        }
        return id.toString();
    }

    private char escape(int item) {
        if (pos >= raw.length()) {
            throw invalid("elementId item " + item + " is an unterminated string");
        }
        char c = raw.charAt(pos++);
        switch (c) {
            case '"', '\\', '/', '\'':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                String hex = pos + 4 <= raw.length() ? raw.substring(pos, pos + 4) : "";
                if (hex.length() < 4 || !hex.chars().allMatch(h -> "0123456789abcdefABCDEF".indexOf(h) >= 0)) {
                    throw invalid("elementId item " + item + " has a \\u escape without four hex digits");
                }
                pos += 4;
                return (char) Integer.parseInt(hex, 16);
            default:
                throw invalid("elementId item " + item + " has an unknown escape \\" + c);
        }
    }

    private char peek() {
        return pos < raw.length() ? raw.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < raw.length() && Character.isWhitespace(raw.charAt(pos))) {
            pos++;
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(INVALID_ELEMENT_ID, message);
    }
}
