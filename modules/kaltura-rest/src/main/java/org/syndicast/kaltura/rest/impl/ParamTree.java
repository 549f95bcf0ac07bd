package org.syndicast.kaltura.rest.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's parameters while the wire assembles them: ordered maps of text, maps and lists (the shape
 * {@code Params.of} takes), filled from form names with bracket and colon nesting, or merged from a JSON object.
 */
final class ParamTree {
    static final int MAX_DEPTH = 32;

    private ParamTree() {
    }

    /**
     * Puts {@code value} at the form name {@code name}: {@code a[b][c]}, {@code a:b:c} and mixtures are the same
     * path; {@code a[]} appends. A later value replaces an earlier one at the same path.
     */
    static void put(Map<String, Object> tree, String name, String value) {
        List<String> path = path(name);
        Map<String, Object> at = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            at = child(at, path.get(i), name);
        }
        String last = path.get(path.size() - 1);
        if (last.isEmpty()) {
            last = Integer.toString(at.size());
        }
        if (at.get(last) instanceof Map) {
            throw WireException.malformedForm("\"" + shorten(name) + "\" is given both as an object and as a value");
        }
        at.put(last, value);
    }

    /** Merges {@code from} into {@code into}: objects merge member by member, anything else replaces. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> from) {
        for (Map.Entry<String, Object> e : from.entrySet()) {
            Object old = into.get(e.getKey());
            if (old instanceof Map && e.getValue() instanceof Map) {
                merge((Map<String, Object>) old, (Map<String, Object>) e.getValue());
            } else {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    /** A deep, mutable copy. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, copyValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(i -> out.add(copyValue(i)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> at, String key, String name) {
        String k = key.isEmpty() ? Integer.toString(at.size()) : key;
        Object c = at.get(k);
        if (c instanceof Map) {
            return (Map<String, Object>) c;
        }
        if (c != null) {
            throw WireException.malformedForm("\"" + shorten(name) + "\" is given both as a value and as an object");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        at.put(k, m);
        return m;
    }

    /** The segments of a form name: {@code a[b][c:d]} and {@code a:b[c]:d}. */
    static List<String> path(String name) {
        List<String> out = new ArrayList<>();
        int open = name.indexOf('[');
        String head = open < 0 ? name : name.substring(0, open);
        if (head.isEmpty()) {
            throw WireException.malformedForm("a parameter has no name");
        }
        colons(head, out);
        int i = open;
        while (i >= 0 && i < name.length()) {
            if (name.charAt(i) != '[') {
                // text after a bracket group, e.g. a[b]:c
                int next = name.indexOf('[', i);
                colons(trimColon(next < 0 ? name.substring(i) : name.substring(i, next)), out);
                i = next;
                continue;
            }
            int close = name.indexOf(']', i);
            if (close < 0) {
                throw WireException.malformedForm("\"" + shorten(name) + "\" has an unclosed bracket");
            }
            String inner = name.substring(i + 1, close);
            if (inner.isEmpty()) {
                out.add("");
            } else {
                colons(inner, out);
            }
            i = close + 1;
        }
        if (out.size() > MAX_DEPTH) {
            throw WireException.malformedForm("\"" + shorten(name) + "\" is nested too deeply");
        }
        return out;
    }

    private static String trimColon(String s) {
        return s.startsWith(":") ? s.substring(1) : s;
    }

    private static void colons(String s, List<String> out) {
        for (String part : s.split(":", -1)) {
            if (part.isEmpty()) {
                throw WireException.malformedForm("a parameter name has an empty part");
            }
            out.add(part);
        }
    }

    static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
