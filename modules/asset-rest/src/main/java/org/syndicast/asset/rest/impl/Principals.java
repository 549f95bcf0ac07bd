package org.syndicast.asset.rest.impl;

import javax.ws.rs.core.SecurityContext;

import org.syndicast.distribution.api.auth.Caller;

/** The caller of an {@code @Authenticated} method: the principal the authentication filter put in place. */
final class Principals {
    private Principals() {
    }

    static Caller caller(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller: the method must carry @Authenticated");
    }
}
