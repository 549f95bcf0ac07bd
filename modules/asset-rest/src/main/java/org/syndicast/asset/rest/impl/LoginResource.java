package org.syndicast.asset.rest.impl;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.AuthorizationHeader;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * {@code POST /assets/login}, public: checks a Karaf user's password (form fields or JSON {@code user},
 * {@code password}, optional {@code organization}; or HTTP Basic) and answers a session key, also set as the
 * {@code entermedia.key} cookie (HttpOnly). The key is a secret: it is never logged.
 */
@Component(service = LoginResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestExtensions.SELECT_ERRORS)
@Path("assets/login")
public final class LoginResource {
    private static final int MAX_BODY = 64 * 1024;

    private final Authentication authentication;

    @Activate
    public LoginResource(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @POST
    public Response login(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        Map<String, Object> f = Bodies.fields(type, Bodies.text(body, MAX_BODY));
        String user = Bodies.string(f, "user");
        String password = Bodies.string(f, "password");
        Optional<AuthorizationHeader.Password> basic = AuthorizationHeader.basic(authorization);
        if (user == null && basic.isPresent()) {
            user = basic.get().user();
            password = basic.get().password();
        }
        if (user == null || password == null) {
            throw new InvalidInputException("MISSING_PARAMETER", "'user' and 'password' are required");
        }
        Authentication.Login login = authentication.login(user, password, Bodies.string(f, "organization"))
                .orElseThrow(() -> new AccessDeniedException(401, "UNAUTHORIZED",
                        "Wrong user or password, or no access to that organization"));
        long maxAge = Math.max(0, login.expires().getEpochSecond() - System.currentTimeMillis() / 1000);
        return Response.ok(org.syndicast.distribution.api.json.Json.write(Replies.ordered("key", login.key(), "user",
                login.caller().user(), "organization", login.caller().organization(), "expires",
                login.expires().toString())))
                .type(Replies.JSON)
                .header("Set-Cookie", Authentication.SESSION_COOKIE + "=" + login.key() + "; Path=/; Max-Age=" + maxAge
                        + "; HttpOnly; SameSite=Lax")
                .header("Cache-Control", "no-store")
                .build();
    }
}
