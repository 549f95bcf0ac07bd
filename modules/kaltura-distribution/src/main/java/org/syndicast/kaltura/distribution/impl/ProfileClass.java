package org.syndicast.kaltura.distribution.impl;

import java.util.Set;

import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;

/** The two profile classes a request may send: the clients' generic class and the seed's FTP connector class. */
enum ProfileClass {
    GENERIC("KalturaGenericDistributionProfile"),
    FTP("KalturaFtpDistributionProfile");

    /** The provider type of the FTP connector in the seed (accepted on FTP profiles, stored as 1). */
    static final String FTP_PROVIDER_TYPE = "ftpDistribution.FTP";

    private static final Set<String> ABSTRACT = Set.of("KalturaDistributionProfile", "KalturaConfigurableDistributionProfile");

    final String objectType;

    ProfileClass(String objectType) {
        this.objectType = objectType;
    }

    /**
     * The class a change names: {@code objectType} of the request. Missing or abstract is {@code OBJECT_TYPE_ABSTRACT};
     * another connector's class ({@code KalturaYoutubeApiDistributionProfile}, ...) is
     * {@code DISTRIBUTION_PROVIDER_NOT_FOUND}: no channel here takes it.
     */
    static ProfileClass of(ProfileChange change) {
        Object type = change.get("objectType");
        if (!(type instanceof String t) || t.isBlank() || ABSTRACT.contains(t.trim())) {
            throw DistributionErrors.abstractType(type instanceof String t && !t.isBlank() ? t.trim()
                    : "KalturaDistributionProfile");
        }
        for (ProfileClass c : values()) {
            if (c.objectType.equals(t.trim())) {
                return c;
            }
        }
        throw DistributionErrors.providerNotFound(t.trim());
    }

    static ProfileClass ofStored(String objectType) {
        return FTP.objectType.equals(objectType) ? FTP : GENERIC;
    }
}
