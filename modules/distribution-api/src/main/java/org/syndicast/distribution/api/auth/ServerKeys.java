package org.syndicast.distribution.api.auth;

/**
 * Message authentication under the server's secret: the one secret every node of a cluster shares, the one
 * that also signs session keys (the {@code session} bundle's {@code .secret} or {@code secret.file}). Bundles
 * that sign tokens of their own (the Kaltura KS) use it instead of keeping a secret of their own, so operators
 * share one secret between nodes, and changing it ends every token signed with it.
 *
 * <p>Each purpose gets its own key, derived from the secret: a code made for one purpose is never valid for
 * another, nor is it a session key's signature. The keys themselves never leave the implementation.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ServerKeys {

    /**
     * The HMAC-SHA256 of {@code data} under the key of {@code purpose}.
     *
     * @param purpose a stable name of what is signed, e.g. {@code kaltura.ks}; never empty
     * @param data    the bytes to authenticate
     * @return 32 bytes; the same on every node with the same secret. Compare codes with
     *         {@link java.security.MessageDigest#isEqual}, never with {@code Arrays.equals}.
     */
    byte[] mac(String purpose, byte[] data);
}
