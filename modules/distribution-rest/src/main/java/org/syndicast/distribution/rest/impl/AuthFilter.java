package org.syndicast.distribution.rest.impl;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.syndicast.distribution.api.auth.SessionService;

/**
 * Authentication, then authorisation by role: reads need a read role, everything else a write role. A caller
 * proves who it is with a session key (from the {@link SessionService}, as {@code Authorization: Bearer} or
 * the {@code entermedia.key} cookie; it acts in the session's organization) or with HTTP Basic against the
 * JAAS realm (it acts in the configured organization). 401 without or with wrong credentials, 403 without
 * the role; both with an error document. Resources select this extension by name, so none is ever served
 * without it. It runs once a request has matched a resource: a path that matches nothing is a plain 404,
 * never a login prompt.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.syndicast.rest")
@Designate(ocd = RestConfig.class)
@JaxrsExtension
@JaxrsName(AuthFilter.NAME)
public final class AuthFilter implements ContainerRequestFilter {
    static final String NAME = "syndicast.auth";

    static final String SESSION_COOKIE = "entermedia.key";

    private final JaasAuthenticator authenticator;
    private final Set<String> writeRoles;
    private final Set<String> readRoles;
    private final String organization;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SessionService sessions;

    @Activate
    public AuthFilter(RestConfig config) {
        this.authenticator = new JaasAuthenticator(config.realm(), config.auth_cache_seconds());
        this.writeRoles = roles(config.write_roles());
        this.readRoles = roles(config.read_roles());
        this.organization = config.organization();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Identity> identity = identify(request);
        if (identity.isEmpty()) {
            request.abortWith(Errors.response(Response.Status.UNAUTHORIZED, "UNAUTHORIZED",
                    "Authentication required: HTTP Basic with a user of the server's realm")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Syndicast\", charset=\"UTF-8\"").build());
            return;
        }
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
        if (!identity.get().hasAny(read ? readRoles : writeRoles)) {
            request.abortWith(Errors.response(Response.Status.FORBIDDEN, "FORBIDDEN",
                    "User '" + identity.get().user() + "' may not " + (read ? "read" : "change") + " this").build());
            return;
        }
        request.setSecurityContext(new Caller(identity.get(), request.getSecurityContext().isSecure()));
    }

    private Optional<Identity> identify(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> key = bearer(header);
        if (key.isEmpty() && header == null) {
            Cookie cookie = request.getCookies().get(SESSION_COOKIE);
            key = cookie == null ? Optional.empty() : Optional.of(cookie.getValue());
        }
        if (key.isPresent()) {
            SessionService service = sessions;
            return service == null ? Optional.empty() : service.verify(key.get())
                    .map(s -> new Identity(s.user(), s.roles(), s.organization()));
        }
        return credentials(header).flatMap(c -> authenticator.authenticate(c[0], c[1])).map(i -> i.in(organization));
    }

    /** The key of a Bearer header, if it is one. */
    static Optional<String> bearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String key = header.substring(7).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** A .cfg file gives one comma-separated string, a .config file an array: accept both. */
    private static Set<String> roles(String[] values) {
        return java.util.Arrays.stream(values).flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** {user, password} from a Basic header, if it is one. */
    static Optional<String[]> credentials(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The caller as JAX-RS sees it. */
    private record Caller(Identity identity, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return identity;
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
