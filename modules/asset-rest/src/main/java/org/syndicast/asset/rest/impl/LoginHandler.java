package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.AuthorizationHeader;

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
        Optional<AuthorizationHeader.Password> basic = AuthorizationHeader.basic(authorization);
        if (user == null && basic.isPresent()) {
            user = basic.get().user();
            password = basic.get().password();
        }
        if (user == null || password == null) {
            throw new InvalidInputException("MISSING_PARAMETER", "'user' and 'password' are required");
        }
        Authentication.Login login = callers.login(user, password, Bodies.string(f, "organization"))
                .orElseThrow(() -> new InvalidInputException("UNAUTHORIZED",
                        "Wrong user or password, or no access to that organization", 401));
        long maxAge = Math.max(0, login.expires().getEpochSecond() - System.currentTimeMillis() / 1000);
        return Replies.json(200, Replies.ordered("key", login.key(), "user", login.caller().user(),
                "organization", login.caller().organization(), "expires", login.expires().toString()))
                .header("Set-Cookie", Callers.COOKIE + "=" + login.key() + "; Path=/; Max-Age=" + maxAge
                        + "; HttpOnly; SameSite=Lax")
                .header("Cache-Control", "no-store");
    }

}
