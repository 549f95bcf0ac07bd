package org.syndicast.kaltura.distribution.profile;

/**
 * The distribution profiles of each partner. {@code tenant} is the partner's tenant (its organization, the
 * {@code Caller}'s organization), where its profiles live; the Kaltura partner id is the adapters' business. A profile of another partner answers exactly as a missing one
 * ({@code DISTRIBUTION_PROFILE_NOT_FOUND}). Every profile is a target of its channel, named
 * {@code kaltura-profile-{id}}: add creates it, update changes it, delete removes it. Secrets (passwords, keys)
 * go to the target only and are never answered. Every method throws {@link org.syndicast.kaltura.api.KalturaException}; nothing changes
 * when it does.
 */
public interface DistributionProfiles {

    /** Adds a profile from a {@code KalturaGenericDistributionProfile} or {@code KalturaFtpDistributionProfile}. */
    DistributionProfile add(String tenant, ProfileChange profile);

    DistributionProfile get(String tenant, long id);

    ProfilePage list(String tenant, ProfileFilter filter, Pager pager);

    /** Changes the given fields only; an insert-only field given with another value is refused. */
    DistributionProfile update(String tenant, long id, ProfileChange change);

    /** 1 DISABLED, 2 ENABLED, 3 DELETED (a delete; answers the profile as it was, with status 3). */
    DistributionProfile updateStatus(String tenant, long id, int status);

    void delete(String tenant, long id);
}
