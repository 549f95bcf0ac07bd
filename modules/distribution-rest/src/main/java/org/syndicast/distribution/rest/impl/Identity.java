package org.syndicast.distribution.rest.impl;

import java.security.Principal;
import java.util.Set;

/** An authenticated caller: its user name, roles and the organization (tenant) it acts in. */
record Identity(String user, Set<String> roles, String organization) implements Principal {

    @Override
    public String getName() {
        return user;
    }

    /** This caller acting in {@code org}. */
    Identity in(String org) {
        return new Identity(user, roles, org);
    }

    /** The organization the caller of a request acts in, or {@code fallback} when its principal names none. */
    static String organizationOf(javax.ws.rs.core.SecurityContext caller, String fallback) {
        return caller != null && caller.getUserPrincipal() instanceof Identity i && i.organization() != null
                ? i.organization() : fallback;
    }

    boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
