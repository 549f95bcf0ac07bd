package org.syndicast.asset.rest.impl;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.syndicast.distribution.api.InvalidInputException;

/** What both servlets do before a handler runs: find the caller and check its role. */
final class Guard {
    private Guard() {
    }

    /**
     * The caller of a request, or null on a public path without credentials.
     *
     * @throws InvalidInputException 401 without good credentials, 403 without the role
     */
    static AssetCaller check(HttpServletRequest request, Callers callers, boolean publicPath) {
        String cookie = null;
        if (request.getCookies() != null) {
            for (javax.servlet.http.Cookie c : request.getCookies()) {
                if (Callers.COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        Optional<AssetCaller> caller = callers.identify(request.getHeader("Authorization"), cookie);
        if (publicPath) {
            return caller.orElse(null);
        }
        AssetCaller c = caller.orElseThrow(() -> new InvalidInputException("UNAUTHORIZED",
                "Authentication required: a session key (entermedia.key cookie or Bearer) or HTTP Basic", 401));
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (!(read ? callers.mayRead(c) : callers.mayWrite(c))) {
            throw new InvalidInputException("FORBIDDEN", "User '" + c.user() + "' may not " + (read ? "read" : "change")
                    + " assets", 403);
        }
        return c;
    }
}
