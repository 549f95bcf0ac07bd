package org.syndicast.asset.rest.impl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.auth.SessionService;

/**
 * Who is calling: a session key ({@code Authorization: Bearer} or the {@code entermedia.key} cookie) names
 * user, tenant and roles; HTTP Basic is checked against the JAAS realm and acts in the default organization.
 * A user may open a session in the default organization, in any organization {@code X} for which it has the
 * role {@code syndicast-tenant-X}, and in every organization when it has the {@code admin} role.
 */
@Component(service = Callers.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" })
public final class Callers {
    static final String COOKIE = "entermedia.key";
    static final String TENANT_ROLE_PREFIX = "syndicast-tenant-";

    private final SessionService sessions;
    private final JaasLogin jaas;
    private final Set<String> readRoles;
    private final Set<String> writeRoles;
    private final String defaultTenant;
    private final Duration validity;

    @Activate
    public Callers(AssetRestConfig config, @Reference SessionService sessions) {
        this.sessions = sessions;
        this.jaas = new JaasLogin(config.realm());
        this.readRoles = roles(config.read_roles());
        this.writeRoles = roles(config.write_roles());
        this.defaultTenant = config.organization();
        this.validity = Duration.ofSeconds(Math.max(60, config.session_validity_seconds()));
    }

    /** The caller named by the request's credentials, if they are good. */
    Optional<AssetCaller> identify(String authorization, String sessionCookie) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return session(authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim());
        }
        return sessionCookie == null ? Optional.empty() : session(sessionCookie);
    }

    boolean mayRead(AssetCaller c) {
        return c.hasAny(readRoles) || c.hasAny(writeRoles);
    }

    boolean mayWrite(AssetCaller c) {
        return c.hasAny(writeRoles);
    }

    /** Checks a password and opens a session in {@code tenant} (the default organization when null). */
    Optional<Login> login(String user, String password, String tenant) {
        String wanted = tenant == null || tenant.isBlank() ? defaultTenant : Segments.require("organization", tenant.trim());
        return jaas.roles(user, password).filter(r -> mayRead(new AssetCaller(user, wanted, r)))
                .filter(r -> wanted.equals(defaultTenant) || r.contains("admin") || r.contains(TENANT_ROLE_PREFIX + wanted))
                .map(r -> new Login(sessions.issue(user, wanted, r, validity), new AssetCaller(user, wanted, r),
                        Instant.now().plus(validity)));
    }

    /** A new session: its key (a secret: never logged) and whose it is. */
    record Login(String key, AssetCaller caller, Instant expires) {
    }

    private Optional<AssetCaller> session(String key) {
        return sessions.verify(key).map(s -> new AssetCaller(s.user(), s.organization(), s.roles()));
    }

    private Optional<AssetCaller> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        return jaas.roles(user, decoded.substring(colon + 1)).map(r -> new AssetCaller(user, defaultTenant, r));
    }

    /** A .cfg file gives one comma-separated string, a .config file an array: accept both. */
    private static Set<String> roles(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
