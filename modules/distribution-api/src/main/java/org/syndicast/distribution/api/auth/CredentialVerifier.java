package org.syndicast.distribution.api.auth;

import java.util.Optional;

/**
 * The seam for further kinds of credential (the Kaltura {@code ks}, ...): a service of this type is asked by
 * the {@link Authentication} service, after the built-in kinds found nothing, in service ranking order. HTTP
 * Basic against the JAAS realm and session keys ({@code Authorization: Bearer}, the {@code entermedia.key}
 * cookie) are built in.
 */
public interface CredentialVerifier {

    /** The service property naming the kind of credential, e.g. {@code credential.kind=ks}. */
    String KIND_PROPERTY = "credential.kind";

    /**
     * The caller proven by this verifier's kind of credential in {@code credentials}; empty when the request
     * carries none of this kind. A credential of this kind that is present but wrong (forged, expired)
     * throws {@link AccessDeniedException} with status 401, so that the caller is told why.
     */
    Optional<Caller> verify(RequestCredentials credentials);
}
