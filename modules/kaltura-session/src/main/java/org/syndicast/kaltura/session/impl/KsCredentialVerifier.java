package org.syndicast.kaltura.session.impl;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.CredentialVerifier;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.kaltura.session.PartnerSession;
import org.syndicast.kaltura.session.PartnerSessions;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

/**
 * The KS as a credential of the server's one authentication service: the request parameter {@code ks}. A
 * caller with a KS acts in its partner's organization, as its user id (or {@code partner-<id>} when the KS
 * names no user), with the configured {@code admin.roles} for an ADMIN KS and {@code user.roles} for a USER
 * KS. A present KS that does not work is a 401 with the code {@code INVALID_KS}.
 */
@Component(service = CredentialVerifier.class, property = CredentialVerifier.KIND_PROPERTY + "=ks",
        configurationPid = "org.syndicast.kaltura.session")
public final class KsCredentialVerifier implements CredentialVerifier {
    /** The request parameter that carries a KS. */
    public static final String PARAMETER = "ks";

    private final PartnerSessions sessions;
    private volatile Roles roles;

    private record Roles(Set<String> admin, Set<String> user) {
    }

    @Activate
    public KsCredentialVerifier(KsConfig config, @Reference PartnerSessions sessions) {
        this.sessions = sessions;
        this.roles = roles(config);
    }

    @Modified
    void modified(KsConfig config) {
        this.roles = roles(config);
    }

    @Override
    public Optional<Caller> verify(RequestCredentials credentials) {
        Optional<String> ks = credentials.parameter(PARAMETER);
        if (ks.isEmpty()) {
            return Optional.empty();
        }
        PartnerSession session;
        try {
            session = sessions.verify(ks.get());
        } catch (SessionException e) {
            throw new AccessDeniedException(401, e.code(), e.getMessage());
        }
        Roles r = roles;
        String user = session.userId().isEmpty() ? "partner-" + session.partnerId() : session.userId();
        return Optional.of(new Caller(user, session.type() == SessionType.ADMIN ? r.admin() : r.user(),
                session.partner().organization(), "ks"));
    }

    private static Roles roles(KsConfig c) {
        return new Roles(split(c.admin_roles()), split(c.user_roles()));
    }

    /** A .cfg file gives one comma-separated string, a .config file an array: accept both. */
    private static Set<String> split(String[] values) {
        return Arrays.stream(values == null ? new String[0] : values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
