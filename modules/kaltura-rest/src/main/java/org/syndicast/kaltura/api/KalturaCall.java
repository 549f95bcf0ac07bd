package org.syndicast.kaltura.api;

import java.util.Optional;

import org.syndicast.distribution.api.auth.Caller;

/**
 * One call of {@code /api_v3} as a {@link KalturaService} sees it: its parameters (for a call inside a
 * multirequest, its own, with the multirequest's {@code ks} and {@code partnerId} where it has none and its
 * {@code {N:result}} references already replaced), who makes it and the files uploaded with it. Valid while
 * {@link KalturaService#call} runs.
 */
public interface KalturaCall {

    /** The service name as the client sent it. */
    String service();

    /** The action name as the client sent it. */
    String action();

    /** The call's parameters. */
    Params params();

    /**
     * The caller that the call's {@code ks} proves, as the server's one
     * {@link org.syndicast.distribution.api.auth.Authentication} service decides (fed with the KS as the
     * request parameter {@code ks} only: no header or cookie counts on this wire). Its organization is the
     * tenant (the Kaltura partner) every object of the call belongs to.
     *
     * @return empty when the call has no {@code ks} (or {@code ks__null})
     * @throws KalturaException {@code INVALID_KS} for a KS that is present but wrong or expired, or that no
     *                          verifier recognises
     */
    Optional<Caller> caller();

    /**
     * The caller, required.
     *
     * @throws KalturaException {@code MISSING_KS} without a {@code ks}, {@code INVALID_KS} as {@link #caller()}
     */
    default Caller requireCaller() {
        return caller().orElseThrow(KalturaException::missingKs);
    }

    /**
     * The KS's Kaltura details (partner id, user, type, privileges, expiry) as the {@link KalturaSessions}
     * service reads them.
     *
     * @return empty when the call has no {@code ks}
     * @throws KalturaException {@code INVALID_KS} for a wrong or expired KS, or when no {@link KalturaSessions}
     *                          service is installed
     */
    Optional<KalturaSession> session();

    /**
     * The KS's details, required.
     *
     * @throws KalturaException {@code MISSING_KS} without a {@code ks}, {@code INVALID_KS} as {@link #session()}
     */
    default KalturaSession requireSession() {
        return session().orElseThrow(KalturaException::missingKs);
    }

    /**
     * The file uploaded as {@code parameter} (e.g. {@code xslFile}): the multipart part of that name that has
     * a {@code filename}; a part without one is never a file.
     */
    Optional<Upload> file(String parameter);

    /**
     * The file uploaded as {@code parameter}, required.
     *
     * @throws KalturaException {@code MISSING_MANDATORY_PARAMETER} without one
     */
    default Upload requireFile(String parameter) {
        return file(parameter).orElseThrow(() -> KalturaException.missingParameter(parameter));
    }
}
