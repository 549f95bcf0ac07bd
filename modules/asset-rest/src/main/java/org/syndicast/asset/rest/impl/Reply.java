package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/**
 * An answer of stored bytes (see {@link ContentResponses}): status, headers, and a body streamed by a writer.
 * The public-link servlet writes it to its response, the JAX-RS resources answer it as a {@link Response}.
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

    /** The same answer for JAX-RS: the body streams from the writer, with its exact Content-Length. */
    Response toResponse() {
        Response.ResponseBuilder r = Response.status(status);
        headers.forEach(r::header);
        if (contentType != null) {
            r.type(contentType);
        }
        if (text != null) {
            return r.entity(text).build();
        }
        if (length >= 0 && stream != null) {
            r.header(HttpHeaders.CONTENT_LENGTH, length);
            return r.entity((StreamingOutput) stream::write).build();
        }
        return r.build();
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
