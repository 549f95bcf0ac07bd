package org.syndicast.distribution.rest.impl;

import java.security.Principal;
import java.util.Set;

/** An authenticated caller: its user name and roles. */
record Identity(String user, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return user;
    }

    boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
