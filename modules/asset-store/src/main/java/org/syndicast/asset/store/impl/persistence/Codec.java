package org.syndicast.asset.store.impl.persistence;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags and free fields as one text column each, the same on every database: one percent-encoded entry per
 * line, {@code key=value} for fields. Portable and readable in a SQL console; nobody queries inside them
 * except the tag filter, which matches a whole line.
 */
final class Codec {
    private Codec() {
    }

    static String tags(List<String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        return "\n" + String.join("\n", tags.stream().map(Codec::enc).toList()) + "\n";
    }

    static List<String> tags(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    out.add(dec(line));
                }
            }
        }
        return out;
    }

    /** The form of one tag inside the column, for a LIKE filter. */
    static String tagPattern(String tag) {
        return "%\n" + enc(tag).replace("%", "\\%").replace("_", "\\_") + "\n%";
    }

    static String fields(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(enc(k)).append('=').append(enc(v)).append('\n'));
        return out.toString();
    }

    static Map<String, String> fields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(dec(line.substring(0, eq)), dec(line.substring(eq + 1)));
                }
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
