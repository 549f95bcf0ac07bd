package org.syndicast.channel.download.impl;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

/**
 * Which target serves which URL path, so that two targets of the download channel never serve under one path
 * (each would answer with the other's files): the first to claim a path keeps it until it lets go. A service of
 * this bundle only; the default target's servlet and every further target's ask it.
 */
@Component(service = ServePaths.class)
public final class ServePaths {
    /** Serve path to the target holding it; guarded by {@code this}. */
    private final Map<String, String> owners = new HashMap<>();

    /** Takes {@code path} for {@code target}; false when another target holds it. Claiming it again is fine. */
    public synchronized boolean claim(String path, String target) {
        String owner = owners.putIfAbsent(path, target);
        return owner == null || owner.equals(target);
    }

    /** The target holding {@code path}, or null. */
    public synchronized String owner(String path) {
        return owners.get(path);
    }

    /** Lets go of {@code path} if {@code target} holds it. */
    public synchronized void release(String path, String target) {
        owners.remove(path, target);
    }
}
