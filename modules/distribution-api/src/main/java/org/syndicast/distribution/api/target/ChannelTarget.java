package org.syndicast.distribution.api.target;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One target of one channel as it may be shown: its configuration without secrets, and the names of the secrets
 * that are set. A secret's value never leaves Configuration Admin through this type.
 *
 * @param channel    the channel, e.g. {@code ftp}
 * @param name       the target name; {@value ChannelTargets#DEFAULT_TARGET} for the channel's own PID
 * @param pid        the configuration PID, e.g. {@code org.syndicast.channel.ftp.target~partner-a}
 * @param properties the non-secret keys and their values, sorted
 * @param secrets    the names of the secret keys that hold a value (keys starting with a dot), sorted
 * @param active     whether the target's {@code DistributionService} is registered now
 */
public record ChannelTarget(String channel, String name, String pid, Map<String, String> properties,
        Set<String> secrets, boolean active) {

    public ChannelTarget {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pid, "pid");
        properties = Map.copyOf(new TreeMap<>(properties));
        if (properties.keySet().stream().anyMatch(ChannelTargets::isSecret)) {
            throw new IllegalArgumentException("a secret key in the visible properties of target " + name);
        }
        secrets = Set.copyOf(new TreeSet<>(secrets));
    }

    /** The properties sorted by key, for display. */
    public Map<String, String> sortedProperties() {
        return new TreeMap<>(properties);
    }
}
