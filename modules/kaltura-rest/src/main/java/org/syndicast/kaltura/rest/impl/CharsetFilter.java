package org.syndicast.kaltura.rest.impl;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.osgi.service.component.annotations.Component;

/**
 * Drops a charset the JVM does not know from the Content-Type of {@code /api_v3} requests. CXF refuses such a
 * request before JAX-RS sees it, and Jetty then answers a 500 page, which no Kaltura client can read; the wire
 * ignores charsets anyway (bodies are UTF-8, or ISO-8859-1 when not valid UTF-8), so the request goes on
 * without it and gets a Kaltura answer.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/api_v3", "osgi.http.whiteboard.filter.pattern=/api_v3/*",
        "osgi.http.whiteboard.filter.name=syndicast-kaltura-charset",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)" })
public final class CharsetFilter implements Filter {
    private static final String CONTENT_TYPE = "Content-Type";

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getContentType() != null) {
            String cleaned = withoutUnknownCharset(http.getContentType());
            if (!cleaned.equals(http.getContentType())) {
                chain.doFilter(new Cleaned(http, cleaned), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** {@code type} without its charset parameter when that names no charset the JVM supports. */
    static String withoutUnknownCharset(String type) {
        StringBuilder out = new StringBuilder();
        for (String part : type.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=") && !supported(p.substring(8).replace("\"", "").trim())) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "; ").append(p);
        }
        return out.length() == type.length() ? type : out.toString();
    }

    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request with the cleaned Content-Type everywhere it can be read. */
    private static final class Cleaned extends HttpServletRequestWrapper {
        private final String type;

        Cleaned(HttpServletRequest request, String type) {
            super(request);
            this.type = type;
        }

        @Override
        public String getContentType() {
            return type;
        }

        @Override
        public String getCharacterEncoding() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? type : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(type)) : super.getHeaders(name);
        }
    }
}
