package org.syndicast.kaltura.distribution.impl.wire;

import java.util.List;

import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.distribution.profile.DistributionProvider;
import org.syndicast.kaltura.distribution.profile.ProfileTarget;
import org.syndicast.kaltura.distribution.profile.ThumbDimensions;

/**
 * Profiles and providers as the clients read them (KALTURA-WIRE 2.4, 3.1–3.3, 5): every profile a
 * {@code KalturaGenericDistributionProfile} (the only profile class Java 3.2.1 builds besides syndication), all four
 * actions answered alike and without a password; every channel a {@code KalturaGenericDistributionProvider} of
 * partner 0. Base class fields first, nulls left out.
 */
final class ProfileObjects {
    static final String PROFILE = "KalturaGenericDistributionProfile";
    static final String PROFILE_LIST = "KalturaDistributionProfileListResponse";
    static final String PROVIDER = "KalturaGenericDistributionProvider";
    static final String PROVIDER_LIST = "KalturaDistributionProviderListResponse";

    private ProfileObjects() {
    }

    static KObject profile(DistributionProfile p, Integer partnerId) {
        KObject action = action(p.target());
        return KObject.builder(PROFILE)
                .put("id", (int) p.id())
                .put("createdAt", p.createdAt())
                .put("updatedAt", p.updatedAt())
                .put("partnerId", partnerId)
                .put("providerType", p.providerType())
                .put("name", p.name())
                .put("status", p.status())
                .put("submitEnabled", p.submitEnabled())
                .put("updateEnabled", p.updateEnabled())
                .put("deleteEnabled", p.deleteEnabled())
                .put("reportEnabled", p.reportEnabled())
                .put("autoCreateFlavors", p.autoCreateFlavors())
                .put("autoCreateThumb", p.autoCreateThumb())
                .put("optionalFlavorParamsIds", p.optionalFlavorParamsIds())
                .put("requiredFlavorParamsIds", p.requiredFlavorParamsIds())
                .put("optionalThumbDimensions", dimensions(p.optionalThumbDimensions()))
                .put("requiredThumbDimensions", dimensions(p.requiredThumbDimensions()))
                .put("optionalAssetDistributionRules", rules(p.optionalAssetDistributionRules()))
                .put("requiredAssetDistributionRules", rules(p.requiredAssetDistributionRules()))
                .put("sunriseDefaultOffset", p.sunriseDefaultOffset())
                .put("sunsetDefaultOffset", p.sunsetDefaultOffset())
                .put("recommendedStorageProfileForDownload", p.recommendedStorageProfileForDownload())
                .put("recommendedDcForDownload", p.recommendedDcForDownload())
                .put("recommendedDcForExecute", p.recommendedDcForExecute())
                .put("distributeTrigger", p.distributeTrigger())
                .put("supportImageEntry", Boolean.FALSE)
                .put("genericProviderId", p.genericProviderId())
                .put("submitAction", action)
                .put("updateAction", action)
                .put("deleteAction", action)
                .put("fetchReportAction", action)
                .put("updateRequiredEntryFields", p.updateRequiredEntryFields())
                .put("updateRequiredMetadataXPaths", p.updateRequiredMetadataXPaths())
                // the seed's FTP connector settings, kept for every profile (extensions: the clients skip them)
                .put("metadataXslt", p.ftp().metadataXslt())
                .put("flavorAssetFilenameXslt", p.ftp().flavorAssetFilenameXslt())
                .put("thumbnailAssetFilenameXslt", p.ftp().thumbnailAssetFilenameXslt())
                .put("disableMetadata", p.ftp().disableMetadata())
                .put("sendMetadataAfterAssets", p.ftp().sendMetadataAfterAssets())
                .put("sftpPublicKey", p.target().sftpPublicKey())
                .build();
    }

    private static KObject action(ProfileTarget t) {
        return KObject.builder("KalturaGenericDistributionProfileAction")
                .put("protocol", t.protocol())
                .put("serverUrl", t.serverUrl())
                .put("serverPath", t.serverPath())
                .put("username", t.username())
                .put("ftpPassiveMode", t.ftpPassiveMode())
                .put("httpFieldName", t.httpFieldName())
                .put("httpFileName", t.httpFileName())
                .build();
    }

    static KObject provider(DistributionProvider p) {
        return KObject.builder(PROVIDER)
                .put("type", DistributionProvider.TYPE_GENERIC)
                .put("name", p.name())
                .put("scheduleUpdateEnabled", Boolean.FALSE)
                .put("availabilityUpdateEnabled", Boolean.FALSE)
                .put("deleteInsteadUpdate", Boolean.FALSE)
                .put("id", p.id())
                .put("partnerId", 0)
                .put("isDefault", Boolean.FALSE)
                .put("status", 2)
                .put("optionalThumbDimensions", List.of())
                .put("requiredThumbDimensions", List.of())
                .build();
    }

    private static List<KObject> dimensions(List<ThumbDimensions> dims) {
        return dims.stream().map(d -> KObject.builder("KalturaDistributionThumbDimensions").put("width", d.width())
                .put("height", d.height()).build()).toList();
    }

    private static List<KObject> rules(String json) {
        return json == null ? null : Trees.objects(json, "KalturaAssetDistributionRule");
    }
}
