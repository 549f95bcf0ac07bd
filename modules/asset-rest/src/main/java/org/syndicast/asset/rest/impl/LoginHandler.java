package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * {@code POST /assets/login}: checks a Karaf user's password (form fields or JSON {@code user}, {@code password},
 * optional {@code organization}; or HTTP Basic) and answers a session key, also set as the {@code entermedia.key}
 * cookie (HttpOnly). The key is a secret: it is never logged.
 */
final class LoginHandler {
    private final Callers callers;

    LoginHandler(Callers callers) {
        this.callers = callers;
    }

    Reply login(Call call) throws IOException {
        Map<String, Object> f = Bodies.fields(call.contentType(), Bodies.text(call.body(), 64 * 1024));
        String user = Bodies.string(f, "user");
        String password = Bodies.string(f, "password");
        String authorization = call.header("Authorization");
        if (user == null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = basic(authorization.substring(6).trim());
            user = basic[0];
            password = basic[1];
        }
        if (user == null || password == null) {
            throw new InvalidInputException("MISSING_PARAMETER", "'user' and 'password' are required");
        }
        Callers.Login login = callers.login(user, password, Bodies.string(f, "organization"))
                .orElseThrow(() -> new InvalidInputException("UNAUTHORIZED",
                        "Wrong user or password, or no access to that organization", 401));
        long maxAge = Math.max(0, login.expires().getEpochSecond() - System.currentTimeMillis() / 1000);
        return Replies.json(200, Replies.ordered("key", login.key(), "user", login.caller().user(),
                "organization", login.caller().tenant(), "expires", login.expires().toString()))
                .header("Set-Cookie", Callers.COOKIE + "=" + login.key() + "; Path=/; Max-Age=" + maxAge
                        + "; HttpOnly; SameSite=Lax")
                .header("Cache-Control", "no-store");
    }

    private static String[] basic(String encoded) {
        try {
            String s = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            return colon < 0 ? new String[] { null, null } : new String[] { s.substring(0, colon), s.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return new String[] { null, null };
        }
    }
}
