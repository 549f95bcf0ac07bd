package org.syndicast.kaltura.distribution.profile;

/**
 * One entry of {@code distributionProvider.list}: an installed channel as a {@code KalturaGenericDistributionProvider}
 * of partner 0 (shared by all), {@code type} 1, status 2 ACTIVE, not the default.
 */
public record DistributionProvider(int id, String name, Channel channel) {

    /** {@code KalturaDistributionProviderType.GENERIC}. */
    public static final String TYPE_GENERIC = "1";

    public static DistributionProvider of(Channel c) {
        return new DistributionProvider(c.providerId(), c.providerName(), c);
    }
}
