package org.syndicast.kaltura.distribution.impl;

import java.util.Objects;
import java.util.Set;

import org.syndicast.kaltura.distribution.impl.persistence.ProfileEntity;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;

/**
 * Applies a {@link ProfileChange} to a profile row: every given field, validated; insert-only fields
 * ({@code providerType}, {@code genericProviderId}, the protocol) refused when an update gives another value.
 * Read-only fields a request sends ({@code id}, {@code partnerId}, times) are ignored. Secrets go to
 * {@link Secrets}, never to the row.
 */
final class ProfileFields {
    private static final Set<Integer> PROFILE_STATUS = Set.of(1, 2);
    private static final Set<Integer> ACTION_STATUS = Set.of(1, 2, 3);
    private static final Set<Integer> TRIGGER = Set.of(1, 2);
    static final Set<Integer> PROTOCOLS = Set.of(1, 2, 3, 4, 5, 10);

    private ProfileFields() {
    }

    /** Applies {@code c}; {@code insert} for an add (the row has its defaults and channel). */
    static void apply(ProfileEntity e, ProfileChange c, boolean insert, ProfileClass cls, Channel channel,
            Secrets secrets) {
        if (c.has("name")) {
            String name = Values.text("name", c.get("name"));
            if (name == null || name.isBlank()) {
                throw DistributionErrors.cannotBeNull("name");
            }
            e.name = name;
        } else if (insert) {
            throw DistributionErrors.cannotBeNull("name");
        }
        if (c.has("status")) {
            e.status = Values.enumValue("status", c.get("status"), "KalturaDistributionProfileStatus", PROFILE_STATUS);
        }
        e.submitEnabled = action(c, "submitEnabled", e.submitEnabled);
        e.updateEnabled = action(c, "updateEnabled", e.updateEnabled);
        e.deleteEnabled = action(c, "deleteEnabled", e.deleteEnabled);
        e.reportEnabled = action(c, "reportEnabled", e.reportEnabled);
        if (c.has("distributeTrigger")) {
            e.distributeTrigger = Values.enumValue("distributeTrigger", c.get("distributeTrigger"),
                    "KalturaDistributeTrigger", TRIGGER);
        }
        if (c.has("autoCreateFlavors")) {
            e.autoCreateFlavors = Values.text("autoCreateFlavors", c.get("autoCreateFlavors"));
        }
        if (c.has("autoCreateThumb")) {
            e.autoCreateThumb = Values.text("autoCreateThumb", c.get("autoCreateThumb"));
        }
        if (c.has("optionalFlavorParamsIds")) {
            e.optionalFlavorParamsIds = Values.idList("optionalFlavorParamsIds", c.get("optionalFlavorParamsIds"));
        }
        if (c.has("requiredFlavorParamsIds")) {
            e.requiredFlavorParamsIds = Values.idList("requiredFlavorParamsIds", c.get("requiredFlavorParamsIds"));
        }
        if (c.has("optionalThumbDimensions")) {
            e.optionalThumbDimensions = Values.dimensions("optionalThumbDimensions", c.get("optionalThumbDimensions"));
        }
        if (c.has("requiredThumbDimensions")) {
            e.requiredThumbDimensions = Values.dimensions("requiredThumbDimensions", c.get("requiredThumbDimensions"));
        }
        if (c.has("optionalAssetDistributionRules")) {
            e.optionalAssetDistributionRules = Values.text("optionalAssetDistributionRules",
                    c.get("optionalAssetDistributionRules"));
        }
        if (c.has("requiredAssetDistributionRules")) {
            e.requiredAssetDistributionRules = Values.text("requiredAssetDistributionRules",
                    c.get("requiredAssetDistributionRules"));
        }
        if (c.has("sunriseDefaultOffset")) {
            e.sunriseDefaultOffset = Values.int32("sunriseDefaultOffset", c.get("sunriseDefaultOffset"));
        }
        if (c.has("sunsetDefaultOffset")) {
            e.sunsetDefaultOffset = Values.int32("sunsetDefaultOffset", c.get("sunsetDefaultOffset"));
        }
        if (c.has("recommendedStorageProfileForDownload")) {
            e.recommendedStorageProfileForDownload = Values.int32("recommendedStorageProfileForDownload",
                    c.get("recommendedStorageProfileForDownload"));
        }
        if (c.has("recommendedDcForDownload")) {
            e.recommendedDcForDownload = Values.int32("recommendedDcForDownload", c.get("recommendedDcForDownload"));
        }
        if (c.has("recommendedDcForExecute")) {
            e.recommendedDcForExecute = Values.int32("recommendedDcForExecute", c.get("recommendedDcForExecute"));
        }
        if (c.has("updateRequiredEntryFields")) {
            e.updateRequiredEntryFields = Values.text("updateRequiredEntryFields", c.get("updateRequiredEntryFields"));
        }
        if (c.has("updateRequiredMetadataXPaths")) {
            e.updateRequiredMetadataXPaths = Values.text("updateRequiredMetadataXPaths",
                    c.get("updateRequiredMetadataXPaths"));
        }
        providerType(e, c, insert, cls);
        providerId(c, insert, channel);
        metadataOptions(e, c);
        if (cls == ProfileClass.FTP) {
            TargetFields.applyFtp(e, c, insert, channel, secrets);
        } else if (c.has("submitAction")) {
            ProfileChange action = Values.nested("submitAction", c.get("submitAction"));
            if (action != null) {
                TargetFields.applyAction(e, action, insert, channel, secrets);
            }
        }
        // updateAction, deleteAction, fetchReportAction: every action goes to the one target of submitAction,
        // and all four are answered as it; what a request sends for the other three is not used (documented)
    }

    private static int action(ProfileChange c, String field, int current) {
        return c.has(field) ? Values.enumValue(field, c.get(field), "KalturaDistributionProfileActionStatus",
                ACTION_STATUS) : current;
    }

    private static void providerType(ProfileEntity e, ProfileChange c, boolean insert, ProfileClass cls) {
        if (!c.has("providerType")) {
            return;
        }
        String type = Values.text("providerType", c.get("providerType"));
        boolean generic = "1".equals(type == null ? null : type.trim());
        boolean ftp = cls == ProfileClass.FTP && ProfileClass.FTP_PROVIDER_TYPE.equals(type);
        if (!generic && !ftp) {
            if (insert) {
                throw DistributionErrors.providerNotFound(type);
            }
            throw DistributionErrors.notUpdatable("providerType");
        }
    }

    private static void providerId(ProfileChange c, boolean insert, Channel channel) {
        if (!c.has("genericProviderId")) {
            return;
        }
        Integer id = Values.int32("genericProviderId", c.get("genericProviderId"));
        if (!Objects.equals(id, channel.providerId())) {
            if (insert) {
                throw DistributionErrors.providerNotFound(id);
            }
            throw DistributionErrors.notUpdatable("genericProviderId");
        }
    }

    private static void metadataOptions(ProfileEntity e, ProfileChange c) {
        if (c.has("metadataXslt")) {
            e.metadataXslt = Values.text("metadataXslt", c.get("metadataXslt"));
        }
        if (c.has("flavorAssetFilenameXslt")) {
            e.flavorAssetFilenameXslt = Values.text("flavorAssetFilenameXslt", c.get("flavorAssetFilenameXslt"));
        }
        if (c.has("thumbnailAssetFilenameXslt")) {
            e.thumbnailAssetFilenameXslt = Values.text("thumbnailAssetFilenameXslt",
                    c.get("thumbnailAssetFilenameXslt"));
        }
        if (c.has("disableMetadata")) {
            e.disableMetadata = Values.bool("disableMetadata", c.get("disableMetadata"));
        }
        if (c.has("sendMetadataAfterAssets")) {
            e.sendMetadataAfterAssets = Values.bool("sendMetadataAfterAssets", c.get("sendMetadataAfterAssets"));
        }
    }
}
