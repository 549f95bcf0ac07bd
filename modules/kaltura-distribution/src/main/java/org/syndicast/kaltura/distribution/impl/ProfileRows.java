package org.syndicast.kaltura.distribution.impl;

import org.syndicast.kaltura.distribution.impl.persistence.ProfileEntity;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.distribution.profile.FtpOptions;
import org.syndicast.kaltura.distribution.profile.ProfileTarget;

/** Profile rows as {@link DistributionProfile}s. */
final class ProfileRows {
    private ProfileRows() {
    }

    static String targetName(long id) {
        return "kaltura-profile-" + id;
    }

    static DistributionProfile profile(ProfileEntity e) {
        return profile(e, e.status);
    }

    static DistributionProfile profile(ProfileEntity e, int status) {
        Channel channel = Channel.ofName(e.channel).orElseThrow(() -> new IllegalStateException(
                "Profile " + e.id + " has an unknown channel " + e.channel));
        return new DistributionProfile(e.id, e.partnerId, e.createdAt, e.updatedAt, e.objectType, e.providerType,
                e.name, status, e.submitEnabled, e.updateEnabled, e.deleteEnabled, e.reportEnabled,
                e.autoCreateFlavors, e.autoCreateThumb, e.optionalFlavorParamsIds, e.requiredFlavorParamsIds,
                Values.decodeDimensions(e.optionalThumbDimensions), Values.decodeDimensions(e.requiredThumbDimensions),
                e.optionalAssetDistributionRules, e.requiredAssetDistributionRules, e.sunriseDefaultOffset,
                e.sunsetDefaultOffset, e.recommendedStorageProfileForDownload, e.recommendedDcForDownload,
                e.recommendedDcForExecute, e.distributeTrigger, channel,
                new ProfileTarget(e.protocol, e.serverUrl, e.serverPath, e.username, e.ftpPassiveMode, e.httpFieldName,
                        e.httpFileName, e.sftpPublicKey),
                e.updateRequiredEntryFields, e.updateRequiredMetadataXPaths,
                new FtpOptions(e.metadataXslt, e.flavorAssetFilenameXslt, e.thumbnailAssetFilenameXslt,
                        e.disableMetadata, e.sendMetadataAfterAssets),
                targetName(e.id));
    }
}
