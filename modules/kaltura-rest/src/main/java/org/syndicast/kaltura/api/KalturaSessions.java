package org.syndicast.kaltura.api;

/**
 * Reads KSs: an OSGi service (one is expected; the bundle that issues KSs in {@code session.start} provides it,
 * usually next to the {@code CredentialVerifier} with {@code credential.kind=ks} that proves the caller).
 * The wire asks it for {@link KalturaCall#session()}.
 */
public interface KalturaSessions {

    /**
     * What {@code ks} says.
     *
     * @throws KalturaException {@code INVALID_KS} for a KS that is malformed, forged, expired or ended; the
     *                          message never repeats the KS
     */
    KalturaSession verify(String ks);
}
