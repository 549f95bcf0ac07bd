package org.syndicast.asset.rest.impl;

import java.security.Principal;
import java.util.Set;

/** An authenticated caller of the asset endpoints: user, the tenant it acts in, roles. */
record AssetCaller(String user, String tenant, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return user;
    }

    boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
