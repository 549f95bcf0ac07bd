package org.syndicast.asset.rest.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.json.Json;

/** Small request bodies (metadata, EnterMediaDB calls): read with a limit, as JSON or form fields. */
final class Bodies {
    private Bodies() {
    }

    /** The body as UTF-8 text; 413 past {@code max} bytes. */
    static String text(InputStream in, long max) {
        if (in == null) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > max) {
                    throw new InvalidInputException("PAYLOAD_TOO_LARGE", "The body is larger than " + max + " bytes", 413);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException("UNREADABLE_BODY", "The request body could not be read");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** JSON object members or form fields, by the content type (JSON when it says so or the body starts with '{'). */
    static Map<String, Object> fields(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || body.stripLeading().startsWith("{")) {
            return Json.object(body);
        }
        if (body.isBlank()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!k.isEmpty()) {
                out.putIfAbsent(k, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    /** A member as text: strings as they are, numbers as written; null when absent or null. */
    static String string(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map || v instanceof java.util.List) {
            throw new InvalidInputException("INVALID_PARAMETER", "'" + name + "' must be a string");
        }
        return v.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("MALFORMED_FORM", "The form body is not valid URL encoding");
        }
    }
}
