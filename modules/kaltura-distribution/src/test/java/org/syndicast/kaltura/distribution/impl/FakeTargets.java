package org.syndicast.kaltura.distribution.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.target.ChannelTarget;
import org.syndicast.distribution.api.target.ChannelTargets;

/** Channel targets in memory, with ChannelTargets' secret rules (absent keeps, empty removes). */
public final class FakeTargets implements ChannelTargets {
    final Map<String, Map<String, String>> stored = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    final Set<String> channels = new java.util.HashSet<>(Set.of("ftp", "s3", "download"));
    RuntimeException refuse;

    public Map<String, String> of(String channel, String name) {
        return stored.get(channel + "/" + name);
    }

    @Override
    public List<ChannelTarget> list(String channel) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ChannelTarget> get(String channel, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelTarget put(String channel, String name, Map<String, String> properties) {
        calls.add("put " + channel + "/" + name);
        if (!channels.contains(channel)) {
            throw new ChannelUnavailableException(channel);
        }
        ChannelTargets.requireName(name);
        if (refuse != null) {
            throw refuse;
        }
        Map<String, String> old = stored.getOrDefault(channel + "/" + name, Map.of());
        Map<String, String> next = new HashMap<>();
        properties.forEach((k, v) -> {
            if (!ChannelTargets.isSecret(k)) {
                next.put(k, v);
            } else if (!v.isEmpty()) {
                next.put(k, v);
            }
        });
        old.forEach((k, v) -> {
            if (ChannelTargets.isSecret(k) && !properties.containsKey(k)) {
                next.put(k, v);
            }
        });
        stored.put(channel + "/" + name, next);
        Map<String, String> visible = next.entrySet().stream().filter(e -> !ChannelTargets.isSecret(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<String> secrets = next.keySet().stream().filter(ChannelTargets::isSecret).collect(Collectors.toSet());
        return new ChannelTarget(channel, name, "pid", visible, secrets, true);
    }

    @Override
    public boolean remove(String channel, String name) {
        calls.add("remove " + channel + "/" + name);
        if (!channels.contains(channel)) {
            throw new ChannelUnavailableException(channel);
        }
        return stored.remove(channel + "/" + name) != null;
    }

    static InvalidInputException invalid() {
        return new InvalidInputException("INVALID_TARGET", "refused by the fake");
    }
}
