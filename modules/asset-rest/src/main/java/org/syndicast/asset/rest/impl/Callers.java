package org.syndicast.asset.rest.impl;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;

/** Who is calling the asset endpoints, as the server's one {@link Authentication} service decides. */
@Component(service = Callers.class)
public final class Callers {
    static final String COOKIE = Authentication.SESSION_COOKIE;

    private final Authentication authentication;

    @Activate
    public Callers(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    /** The caller named by the request's credentials, if they are good. */
    Optional<AssetCaller> identify(String authorization, String sessionCookie) {
        return authentication.identify(RequestCredentials.of(n -> "Authorization".equalsIgnoreCase(n) ? authorization : null,
                n -> COOKIE.equals(n) ? sessionCookie : null, n -> null)).map(Callers::asset);
    }

    boolean mayRead(AssetCaller c) {
        return authentication.allows(caller(c), Access.READ);
    }

    boolean mayWrite(AssetCaller c) {
        return authentication.allows(caller(c), Access.WRITE);
    }

    /** Checks a password and opens a session in {@code tenant} (the default organization when null). */
    Optional<Authentication.Login> login(String user, String password, String tenant) {
        return authentication.login(user, password, tenant);
    }

    private static AssetCaller asset(Caller c) {
        return new AssetCaller(c.user(), c.organization(), c.roles());
    }

    private static Caller caller(AssetCaller c) {
        return new Caller(c.user(), c.roles(), c.tenant(), "asset");
    }
}
