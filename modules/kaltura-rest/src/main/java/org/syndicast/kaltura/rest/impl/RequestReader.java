package org.syndicast.kaltura.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request's parameters: the query string, then the body merged over it (a body value wins). The body is
 * read by its Content-Type: JSON, multipart, or a form; without a known type, text that starts with {@code {} is
 * JSON and anything else a form. Bodies are limited to {@code max} bytes.
 */
final class RequestReader {
    private final long max;

    RequestReader(long max) {
        this.max = max;
    }

    /** The parameters of the query string alone (what a malformed body still leaves known: {@code format}). */
    static Map<String, Object> query(String rawQuery) {
        Map<String, Object> tree = new LinkedHashMap<>();
        FormBody.parse(rawQuery, tree);
        return tree;
    }

    /**
     * Reads the body into {@code params} (which holds the query's parameters) and its files into {@code uploads}.
     *
     * @param contentLength the declared length, -1 when unknown
     */
    void read(String contentType, long contentLength, InputStream body, Map<String, Object> params, Uploads uploads)
            throws IOException {
        if (contentLength > max) {
            throw WireException.tooLarge(max);
        }
        if (body == null) {
            return;
        }
        InputStream in = new LimitedStream(body, max);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        if (type.startsWith("multipart/")) {
            MultipartBody.parse(contentType, in, params, uploads);
            return;
        }
        String text = Text.decode(in.readAllBytes());
        if (text.isBlank()) {
            return;
        }
        boolean json = type.startsWith("application/json") || type.endsWith("+json")
                || (!type.startsWith("application/x-www-form-urlencoded") && text.stripLeading().startsWith("{"));
        if (json) {
            ParamTree.merge(params, JsonBody.parse(text));
        } else {
            Map<String, Object> form = new LinkedHashMap<>();
            FormBody.parse(text.strip(), form);
            ParamTree.merge(params, form);
        }
    }
}
