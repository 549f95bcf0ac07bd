package org.syndicast.session.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.AuthorizationHeader;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.CredentialVerifier;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.distribution.api.auth.SessionService;

/**
 * The server's one {@link Authentication}. An {@code Authorization} header decides alone when present: Bearer
 * is a session key, Basic a password checked against the JAAS realm (acting in the default organization).
 * Without one, the {@link CredentialVerifier} services are asked (Kaltura's {@code ks}, ...), then the
 * {@code entermedia.key} cookie. Wrong or expired credentials identify nobody, so a public page visited with
 * a stale cookie stays public; {@link #authorize} turns nobody into 401 and a caller without the role into 403.
 */
@Component(service = Authentication.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" })
public final class AuthenticationService implements Authentication {
    static final String TENANT_ROLE_PREFIX = "syndicast-tenant-";

    private final SessionService sessions;
    private final List<CredentialVerifier> verifiers = new CopyOnWriteArrayList<>();
    private volatile Rules rules;

    /** The configuration as one value, swapped whole on a change. */
    private record Rules(PasswordCheck passwords, Set<String> readRoles, Set<String> writeRoles, String organization,
            Duration validity) {
    }

    @Activate
    public AuthenticationService(AuthConfig config, @Reference SessionService sessions) {
        this(sessions, new JaasRealm(config.realm(), config.auth_cache_seconds()), config);
    }

    AuthenticationService(SessionService sessions, PasswordCheck passwords, AuthConfig config) {
        this.sessions = sessions;
        this.rules = rules(passwords, config);
    }

    @Modified
    void modified(AuthConfig config) {
        rules = rules(new JaasRealm(config.realm(), config.auth_cache_seconds()), config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addVerifier(CredentialVerifier verifier) {
        verifiers.add(verifier);
    }

    void removeVerifier(CredentialVerifier verifier) {
        verifiers.remove(verifier);
    }

    @Override
    public Optional<Caller> identify(RequestCredentials credentials) {
        Optional<String> header = credentials.header("Authorization");
        if (header.isPresent()) {
            return fromHeader(header.get());
        }
        for (CredentialVerifier verifier : verifiers) {
            Optional<Caller> caller = verifier.verify(credentials);
            if (caller.isPresent()) {
                return caller;
            }
        }
        return credentials.cookie(SESSION_COOKIE).flatMap(this::session);
    }

    private Optional<Caller> fromHeader(String header) {
        if (AuthorizationHeader.isScheme(header, "Bearer")) {
            return AuthorizationHeader.bearer(header).flatMap(this::session);
        }
        Rules r = rules;
        return AuthorizationHeader.basic(header).flatMap(p -> r.passwords().roles(p.user(), p.password())
                .map(roles -> new Caller(p.user(), roles, r.organization(), "basic")));
    }

    private Optional<Caller> session(String key) {
        return sessions.verify(key).map(s -> new Caller(s.user(), s.roles(), s.organization(), "session"));
    }

    @Override
    public Caller authorize(RequestCredentials credentials, Access access) {
        Caller caller = identify(credentials).orElseThrow(() -> new AccessDeniedException(401, "UNAUTHORIZED",
                "Authentication required: HTTP Basic with a user of the server's realm, or a session key"));
        if (!allows(caller, access)) {
            throw new AccessDeniedException(403, "FORBIDDEN", "User '" + caller.user() + "' may not "
                    + (access == Access.READ ? "read" : "change") + " this");
        }
        return caller;
    }

    @Override
    public boolean allows(Caller caller, Access access) {
        Rules r = rules;
        return caller.hasAny(r.writeRoles()) || (access == Access.READ && caller.hasAny(r.readRoles()));
    }

    @Override
    public Optional<Login> login(String user, String password, String organization) {
        Rules r = rules;
        String wanted = organization == null || organization.isBlank() ? r.organization()
                : Segments.require("organization", organization.trim());
        return r.passwords().roles(user, password)
                .filter(roles -> wanted.equals(r.organization()) || roles.contains("admin")
                        || roles.contains(TENANT_ROLE_PREFIX + wanted))
                .map(roles -> new Caller(user, roles, wanted, "session"))
                .filter(caller -> allows(caller, Access.READ))
                .map(caller -> new Login(sessions.issue(user, wanted, caller.roles(), r.validity()), caller,
                        Instant.now().plus(r.validity())));
    }

    @Override
    public String defaultOrganization() {
        return rules.organization();
    }

    private static Rules rules(PasswordCheck passwords, AuthConfig c) {
        return new Rules(passwords, roles(c.read_roles()), roles(c.write_roles()), c.organization(),
                Duration.ofSeconds(Math.max(60, c.session_validity_seconds())));
    }

    /** A .cfg file gives one comma-separated string, a .config file an array: accept both. */
    private static Set<String> roles(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
