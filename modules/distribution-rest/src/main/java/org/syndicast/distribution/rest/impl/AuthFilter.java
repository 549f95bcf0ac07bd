package org.syndicast.distribution.rest.impl;

import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;

/**
 * Authentication and authorisation of the Opencast-dialect resources, decided by the server's one
 * {@link Authentication} service: reads need a read role, everything else a write role. 401 without or with
 * wrong credentials (with a Basic challenge), 403 without the role; both with an error document. Resources
 * select this extension by name, so none is ever served without it. It runs once a request has matched a
 * resource: a path that matches nothing is a plain 404, never a login prompt.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(AuthFilter.NAME)
public final class AuthFilter implements ContainerRequestFilter {
    static final String NAME = "syndicast.auth";

    private final Authentication authentication;

    @Activate
    public AuthFilter(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            Caller caller = authentication.authorize(credentials(request), Access.of(request.getMethod()));
            request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
        } catch (AccessDeniedException e) {
            Response.ResponseBuilder denied = Errors.response(Response.Status.fromStatusCode(e.status()), e.code(),
                    e.getMessage());
            if (e.challenge() != null) {
                denied.header(HttpHeaders.WWW_AUTHENTICATE, e.challenge());
            }
            request.abortWith(denied.build());
        }
    }

    private static RequestCredentials credentials(ContainerRequestContext request) {
        return RequestCredentials.of(request::getHeaderString, name -> {
            Cookie cookie = request.getCookies().get(name);
            return cookie == null ? null : cookie.getValue();
        }, name -> null);
    }

    /** The organization a request's caller acts in, or {@code fallback} when its principal names none. */
    static String organizationOf(SecurityContext context, String fallback) {
        return context != null && context.getUserPrincipal() instanceof Caller caller ? caller.organization() : fallback;
    }

    /** The caller as JAX-RS sees it. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "basic".equals(caller.scheme()) ? BASIC_AUTH : caller.scheme();
        }
    }
}
