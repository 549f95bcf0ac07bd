package org.syndicast.kaltura.rest.impl;

import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;

/**
 * Multirequest references: {@code {N:result}} and {@code {N:result:a:0:b}} in any text parameter, also inside a
 * longer text, stand for the text of the N-th call's result (by position, from 1), or of the value at that path
 * in it. A reference to a failed, later or absent call, or to a path with no text, fails the call with
 * {@code MISSING_MANDATORY_PARAMETER}.
 */
final class References {
    private static final Pattern REF = Pattern.compile("\\{(\\d{1,6}):result((?::[^:{}]+)*)\\}");

    private References() {
    }

    /** Replaces every reference in {@code tree}, in place. */
    static void resolve(Map<String, Object> tree, List<Outcome> earlier) {
        resolve(tree, earlier, "");
    }

    @SuppressWarnings("unchecked")
    private static void resolve(Map<String, Object> tree, List<Outcome> earlier, String path) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String at = path.isEmpty() ? e.getKey() : path + ":" + e.getKey();
            Object v = e.getValue();
            if (v instanceof String s) {
                e.setValue(replace(s, earlier, at));
            } else if (v instanceof Map<?, ?> m) {
                resolve((Map<String, Object>) m, earlier, at);
            } else if (v instanceof List<?> l) {
                ListIterator<Object> it = ((List<Object>) l).listIterator();
                while (it.hasNext()) {
                    Object item = it.next();
                    if (item instanceof String s) {
                        it.set(replace(s, earlier, at));
                    } else if (item instanceof Map<?, ?> m) {
                        resolve((Map<String, Object>) m, earlier, at);
                    }
                }
            }
        }
    }

    private static String replace(String s, List<Outcome> earlier, String param) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        Matcher m = REF.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String path = m.group(2).isEmpty() ? "" : m.group(2).substring(1);
            String text = lookup(earlier, n, path).orElseThrow(() -> KalturaException.missingParameter(param));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> lookup(List<Outcome> earlier, int n, String path) {
        if (n < 1 || n > earlier.size() || !(earlier.get(n - 1) instanceof Outcome.Result r)) {
            return Optional.empty();
        }
        Object v = r.value();
        for (String step : path.isEmpty() ? new String[0] : path.split(":")) {
            if (v instanceof KObject k) {
                v = step.equals("objectType") ? k.objectType() : k.fields().get(step);
            } else if (v instanceof List<?> l && step.matches("\\d{1,6}") && Integer.parseInt(step) < l.size()) {
                v = l.get(Integer.parseInt(step));
            } else {
                return Optional.empty();
            }
        }
        if (v instanceof Boolean b) {
            return Optional.of(b ? "1" : "0");
        }
        if (v instanceof String || v instanceof Integer || v instanceof Long) {
            return Optional.of(v.toString());
        }
        return Optional.empty();
    }
}
