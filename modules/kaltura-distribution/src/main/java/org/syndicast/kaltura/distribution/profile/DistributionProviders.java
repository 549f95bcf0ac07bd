package org.syndicast.kaltura.distribution.profile;

import java.util.List;

/** The providers a partner sees, live: the installed channels that take profiles, by provider id. */
public interface DistributionProviders {

    /** What is installed now, by id. */
    List<DistributionProvider> list(String partnerId);

    /** Whether the channel's bundle has a {@code DistributionService} registered now. */
    boolean installed(Channel channel);
}
