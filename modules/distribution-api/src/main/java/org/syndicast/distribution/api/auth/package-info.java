/**
 * Who is calling: the one {@link org.syndicast.distribution.api.auth.Authentication} service every endpoint
 * uses, the {@link org.syndicast.distribution.api.auth.CredentialVerifier} seam for further credential kinds,
 * signed, expiring session keys ({@link org.syndicast.distribution.api.auth.SessionService}) and codes under the
 * server's shared secret ({@link org.syndicast.distribution.api.auth.ServerKeys}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.syndicast.distribution.api.auth;
