package org.syndicast.kaltura.distribution.profile;

import java.util.List;

/** One page of profiles and the number of all matches ({@code totalCount}). */
public record ProfilePage(long totalCount, List<DistributionProfile> objects) {
    public ProfilePage {
        objects = List.copyOf(objects);
    }
}
