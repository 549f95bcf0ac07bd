package org.syndicast.asset.rest.impl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.syndicast.distribution.api.InvalidInputException;

/** The request path below a servlet as decoded segments; decoded one by one, so {@code %2F} never splits one. */
final class Routes {
    private Routes() {
    }

    static List<String> segments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        String rest = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        List<String> out = new ArrayList<>();
        for (String raw : rest.split("/")) {
            if (!raw.isEmpty()) {
                try {
                    out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("MALFORMED_PATH", "The path is not valid URL encoding");
                }
            }
        }
        return out;
    }

    /** Whether {@code segments} start with {@code prefix}. */
    static boolean startsWith(List<String> segments, String... prefix) {
        if (segments.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!prefix[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
