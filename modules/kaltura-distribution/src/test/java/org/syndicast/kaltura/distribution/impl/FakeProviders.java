package org.syndicast.kaltura.distribution.impl;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProvider;
import org.syndicast.kaltura.distribution.profile.DistributionProviders;

/** Installed channels as a test sets them. */
public final class FakeProviders implements DistributionProviders {
    public final Set<Channel> installed = EnumSet.allOf(Channel.class);

    @Override
    public List<DistributionProvider> list(String partnerId) {
        return installed.stream().map(DistributionProvider::of).toList();
    }

    @Override
    public boolean installed(Channel channel) {
        return installed.contains(channel);
    }
}
