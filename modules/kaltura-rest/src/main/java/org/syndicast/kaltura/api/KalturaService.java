package org.syndicast.kaltura.api;

/**
 * One Kaltura service of {@code /api_v3} (e.g. {@code session}, {@code contentdistribution_distributionprofile}),
 * registered as an OSGi service with {@value #NAME}{@code =<the service's name in lower case>}. The wire finds
 * it by that name, case-insensitively, while it is registered: a bundle installed later serves at once, one
 * removed answers {@code SERVICE_DOES_NOT_EXISTS}.
 * <p>
 * Implementations are called concurrently and match actions case-insensitively ({@link KalturaActions} does
 * that); an unknown action is {@link KalturaException#actionDoesNotExist}.
 */
public interface KalturaService {
    /** The service property naming the service, lower case, e.g. {@code kaltura.service=session}. */
    String NAME = "kaltura.service";

    /**
     * Runs one action.
     *
     * @param action the action as the client sent it ({@code submitAdd}, {@code SUBMITADD}, ...)
     * @param call   its parameters, caller and uploads
     * @return a {@link KObject} (lists: {@link KList}), a {@link String}, {@link Integer}, {@link Long} or
     *         {@link Boolean} result, a {@link RawData} for actions that serve raw bytes, or null for a void action
     * @throws KalturaException the API error the client gets; any other exception is an internal error that
     *                          the wire logs once and answers as {@code INTERNAL_SERVER_ERROR}
     */
    Object call(String action, KalturaCall call);
}
