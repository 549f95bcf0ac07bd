package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

import org.syndicast.distribution.api.InvalidInputException;

/** One request as the handlers see it: the caller (null on public paths), parameters, headers and the body. */
final class Call {
    private final HttpServletRequest request;
    private final AssetCaller caller;

    Call(HttpServletRequest request, AssetCaller caller) {
        this.request = request;
        this.caller = caller;
    }

    /** The authenticated caller; the servlets guarantee there is one on non-public paths. */
    AssetCaller caller() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return caller;
    }

    String method() {
        return request.getMethod();
    }

    String header(String name) {
        return request.getHeader(name);
    }

    String contentType() {
        return request.getContentType();
    }

    /** A query parameter, read from the query string only: asking the servlet API would consume a form body. */
    String query(String name) {
        String q = request.getQueryString();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (k.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("MALFORMED_QUERY", "The query string is not valid URL encoding");
        }
    }

    int queryInt(String name, int fallback) {
        String v = query(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("INVALID_PARAMETER", "'" + name + "' must be a whole number");
        }
    }

    InputStream body() throws IOException {
        return request.getInputStream();
    }

    String cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The URL of the servlet's root, e.g. {@code http://host:8181/assets/mediadb}. */
    String servletUrl() {
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + request.getServletPath();
    }

    /** {@code format=xml|json}, else the first of them the Accept header names; JSON when neither says. */
    boolean wantsXml() {
        String format = query("format");
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "xml" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("INVALID_FORMAT", "format must be json or xml");
            };
        }
        String accept = header("Accept");
        if (accept == null) {
            return false;
        }
        int json = accept.indexOf("json");
        int xml = accept.indexOf("xml");
        return xml >= 0 && (json < 0 || xml < json);
    }
}
