package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * Streams a {@code multipart/form-data} body: the small text fields before the file are collected (at most
 * 64 KiB in all), the first file part is handed over as a stream that ends at its boundary, so a file of any
 * size passes through a fixed buffer. Fields after the file are not read: send them first.
 */
final class MultipartUpload {
    private static final int MAX_FIELDS = 64 * 1024;

    /** The text fields before the file, the file's name from its part header, and its bytes. */
    record Parts(Map<String, String> fields, String fileName, String contentType, InputStream file) {
    }

    private MultipartUpload() {
    }

    static Parts read(String contentType, InputStream body) throws IOException {
        MultipartStream in = new MultipartStream(body, boundary(contentType));
        in.part().transferTo(OutputStream.nullOutputStream());   // the preamble, usually empty
        Map<String, String> fields = new LinkedHashMap<>();
        int budget = MAX_FIELDS;
        while (!afterDelimiterIsEnd(in)) {
            Map<String, String> headers = headers(in);
            String disposition = headers.getOrDefault("content-disposition", "");
            String name = param(disposition, "name");
            String file = param(disposition, "filename");
            InputStream part = in.part();
            if (file != null) {
                return new Parts(fields, file, headers.get("content-type"), part);
            }
            byte[] value = part.readNBytes(budget + 1);
            budget -= value.length;
            if (budget < 0) {
                throw new InvalidInputException("PAYLOAD_TOO_LARGE", "The form fields before the file are too large", 413);
            }
            if (name != null) {
                fields.put(name, new String(value, StandardCharsets.UTF_8));
            }
        }
        throw new InvalidInputException("MISSING_FILE", "The multipart body has no file part");
    }

    private static String boundary(String contentType) {
        String b = contentType == null ? null : param(contentType, "boundary");
        if (b == null || b.isEmpty() || b.length() > 70) {
            throw new InvalidInputException("MALFORMED_MULTIPART", "multipart/form-data needs a boundary parameter");
        }
        return b;
    }

    /** After a delimiter: "--" ends the body, CRLF starts a part. */
    private static boolean afterDelimiterIsEnd(MultipartStream in) throws IOException {
        int a = in.readByte();
        int b = in.readByte();
        if (a == '-' && b == '-') {
            return true;
        }
        if (a == '\r' && b == '\n') {
            return false;
        }
        throw MultipartStream.malformed("Unexpected bytes after a multipart boundary");
    }

    private static Map<String, String> headers(MultipartStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        while (true) {
            String line = in.readLine();
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
    }

    /** A parameter of a header value, e.g. {@code name} of {@code form-data; name="file"}. */
    static String param(String header, String name) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = p.substring(eq + 1).trim();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }
}
