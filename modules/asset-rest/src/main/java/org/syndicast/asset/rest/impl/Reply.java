package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

/**
 * An answer, built by a handler and written by the servlet: status, headers, and a body that is either text or
 * streamed by a writer (element bytes), so handlers never touch the servlet response.
 */
final class Reply {
    /** Writes a streamed body. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String contentType;
    private byte[] text;
    private Body stream;
    private long length = -1;

    Reply(int status) {
        this.status = status;
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Reply text(String type, String body) {
        this.contentType = type;
        this.text = body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Reply stream(String type, long contentLength, Body body) {
        this.contentType = type;
        this.length = contentLength;
        this.stream = body;
        return this;
    }

    int status() {
        return status;
    }

    void writeTo(HttpServletResponse response, boolean withBody) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (text != null) {
            response.setContentLength(text.length);
            if (withBody) {
                response.getOutputStream().write(text);
            }
        } else if (length >= 0) {
            response.setContentLengthLong(length);
            if (withBody && stream != null) {
                stream.write(response.getOutputStream());
            }
        } else if (status != 304) {
            response.setContentLength(0);
        }
    }
}
