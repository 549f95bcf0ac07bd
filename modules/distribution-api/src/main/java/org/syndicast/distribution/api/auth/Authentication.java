package org.syndicast.distribution.api.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * The one authentication service of the server: every endpoint, JAX-RS resource or servlet, of every dialect
 * turns a request's credentials into a {@link Caller} here, and the decision between 401 and 403 is made here
 * only. Built in: HTTP Basic against the JAAS realm (successes remembered for the configured
 * {@code auth.cache.seconds}), acting in the configured default organization; session keys from the
 * {@link SessionService} as {@code Authorization: Bearer} or the {@code entermedia.key} cookie, acting in the
 * session's organization. Further kinds come through {@link CredentialVerifier} services.
 */
public interface Authentication {

    /** The cookie that carries a session key (EnterMediaDB's name). */
    String SESSION_COOKIE = "entermedia.key";

    /**
     * The caller the request's credentials prove; empty when it carries none.
     *
     * @throws AccessDeniedException 401 when it carries credentials that are wrong or expired
     */
    Optional<Caller> identify(RequestCredentials credentials);

    /**
     * The caller, allowed to do {@code access}.
     *
     * @throws AccessDeniedException 401 without good credentials, 403 without a role for {@code access}
     */
    Caller authorize(RequestCredentials credentials, Access access);

    /** Whether an authenticated caller has a role for {@code access}. */
    boolean allows(Caller caller, Access access);

    /**
     * Checks a user name and password against the realm and opens a session in {@code organization} (the
     * default organization when null): allowed in the default organization, in organization {@code X} with
     * the role {@code syndicast-tenant-X}, and in every organization with the role {@code admin}.
     *
     * @return the new session, or empty when the password is wrong or the user may not act in that tenant
     */
    Optional<Login> login(String user, String password, String organization);

    /** The organization callers act in when their credentials name none (HTTP Basic). */
    String defaultOrganization();

    /**
     * A session just opened.
     *
     * @param key     the session key: a secret, never logged
     * @param caller  whose session it is
     * @param expires when the key stops working
     */
    record Login(String key, Caller caller, Instant expires) {
    }
}
