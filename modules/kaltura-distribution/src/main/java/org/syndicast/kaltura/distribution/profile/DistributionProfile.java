package org.syndicast.kaltura.distribution.profile;

import java.util.List;
import java.util.Objects;

/**
 * One distribution profile as stored, every field of the seed (5.1, 8.4) and of the clients'
 * {@code KalturaGenericDistributionProfile}; null means "not set" (answered by omission). Never holds a secret.
 *
 * @param partnerId  the tenant (the partner's organization) the profile belongs to
 * @param objectType the class it was added as: {@code KalturaGenericDistributionProfile} or
 *                   {@code KalturaFtpDistributionProfile}; answered as the generic class either way
 * @param targetName the channel target this profile is ({@code kaltura-profile-{id}})
 */
public record DistributionProfile(long id, String partnerId, long createdAt, long updatedAt, String objectType,
        String providerType, String name, int status, int submitEnabled, int updateEnabled, int deleteEnabled,
        int reportEnabled, String autoCreateFlavors, String autoCreateThumb, String optionalFlavorParamsIds,
        String requiredFlavorParamsIds, List<ThumbDimensions> optionalThumbDimensions,
        List<ThumbDimensions> requiredThumbDimensions, String optionalAssetDistributionRules,
        String requiredAssetDistributionRules, Integer sunriseDefaultOffset, Integer sunsetDefaultOffset,
        Integer recommendedStorageProfileForDownload, Integer recommendedDcForDownload,
        Integer recommendedDcForExecute, int distributeTrigger, Channel channel, ProfileTarget target,
        String updateRequiredEntryFields, String updateRequiredMetadataXPaths, FtpOptions ftp, String targetName) {

    /** {@code KalturaDistributionProfileStatus}. */
    public static final int DISABLED = 1;
    public static final int ENABLED = 2;
    public static final int DELETED = 3;

    public DistributionProfile {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ftp, "ftp");
        optionalThumbDimensions = List.copyOf(optionalThumbDimensions == null ? List.of() : optionalThumbDimensions);
        requiredThumbDimensions = List.copyOf(requiredThumbDimensions == null ? List.of() : requiredThumbDimensions);
    }

    /** The {@code genericProviderId}: the channel's provider id. */
    public int genericProviderId() {
        return channel.providerId();
    }

    /** Whether the profile is ENABLED. */
    public boolean enabled() {
        return status == ENABLED;
    }
}
