package org.syndicast.distribution.core.impl;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * The channel services present now, one per channel and target ({@code distribution.channel},
 * {@code distribution.target}), and the factory PID of each channel's further targets ({@code {pid}.target},
 * so that the default target's PID is that without {@code .target}). Bind and unbind only touch concurrent maps.
 */
final class ChannelRegistry {

    /** What the registry knows of one registered channel service. */
    record Entry(String channel, String target, DistributionService service, String factoryPid) {
    }

    private final Map<String, Map<String, Entry>> byChannel = new ConcurrentHashMap<>();

    /** Adds a service; empty when its properties name no channel (it is ignored). */
    Optional<Entry> add(DistributionService service, Map<String, ?> properties) {
        Object channel = properties.get(DistributionService.CHANNEL_PROPERTY);
        if (channel == null) {
            return Optional.empty();
        }
        Entry entry = new Entry(channel.toString(), ChannelTargets.targetOf(properties), service,
                string(properties.get(ChannelTargets.FACTORY_PID_PROPERTY)));
        byChannel.computeIfAbsent(entry.channel(), c -> new ConcurrentHashMap<>()).put(entry.target(), entry);
        return Optional.of(entry);
    }

    /** Removes a service if it is the one registered for its channel and target; the entry removed, if any. */
    Optional<Entry> remove(DistributionService service, Map<String, ?> properties) {
        Object channel = properties.get(DistributionService.CHANNEL_PROPERTY);
        if (channel == null) {
            return Optional.empty();
        }
        String target = ChannelTargets.targetOf(properties);
        Map<String, Entry> targets = byChannel.get(channel.toString());
        if (targets == null) {
            return Optional.empty();
        }
        Entry entry = targets.get(target);
        if (entry == null || entry.service() != service || !targets.remove(target, entry)) {
            return Optional.empty();
        }
        byChannel.computeIfPresent(channel.toString(), (c, m) -> m.isEmpty() ? null : m);
        return Optional.of(entry);
    }

    /** The service of {@code target} (null: the default one) of {@code channel}. */
    Optional<DistributionService> service(String channel, String target) {
        return entry(channel, target).map(Entry::service);
    }

    Optional<Entry> entry(String channel, String target) {
        Map<String, Entry> targets = byChannel.get(channel);
        return targets == null ? Optional.empty()
                : Optional.ofNullable(targets.get(target == null ? ChannelTargets.DEFAULT_TARGET : target));
    }

    /** Whether any target of the channel is present. */
    boolean hasChannel(String channel) {
        Map<String, Entry> targets = byChannel.get(channel);
        return targets != null && !targets.isEmpty();
    }

    /** The channels with at least one target present. */
    Set<String> channels() {
        return Set.copyOf(byChannel.keySet());
    }

    /** The targets present now, by channel. */
    Map<String, Set<String>> targets() {
        Map<String, Set<String>> out = new TreeMap<>();
        byChannel.forEach((channel, targets) -> {
            if (!targets.isEmpty()) {
                out.put(channel, Set.copyOf(new TreeSet<>(targets.keySet())));
            }
        });
        return out;
    }

    /** The factory PID of a present channel's further targets, from any of its services. */
    Optional<String> factoryPid(String channel) {
        Map<String, Entry> targets = byChannel.get(channel);
        return targets == null ? Optional.empty()
                : targets.values().stream().map(Entry::factoryPid).filter(p -> !p.isEmpty()).findFirst();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
