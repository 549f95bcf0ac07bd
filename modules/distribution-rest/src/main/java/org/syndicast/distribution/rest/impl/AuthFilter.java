package org.syndicast.distribution.rest.impl;

import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.distribution.rest.Authenticated;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * Authentication and authorisation of the Opencast-dialect resources, decided by the server's one
 * {@link Authentication} service: reads need a read role, everything else a write role. 401 without or with
 * wrong credentials (with a Basic challenge where the dialect uses one), 403 without the role; both as an
 * {@code AccessDeniedException} that the one mapper answers in the dialect's error shape. It applies to the
 * resources and methods that carry {@link Authenticated} (name binding), and runs once a request has matched
 * one: a path that matches nothing is a plain 404, never a login prompt.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(RestExtensions.AUTH)
@Authenticated
public final class AuthFilter implements ContainerRequestFilter {
    static final String NAME = RestExtensions.AUTH;

    private final Authentication authentication;

    @Activate
    public AuthFilter(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // an AccessDeniedException goes to the one mapper, which answers it in the dialect's shape
        Caller caller = authentication.authorize(credentials(request), Access.of(request.getMethod()));
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
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
