package org.syndicast.channel.ftp.impl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The sizes of the files this channel just placed, by published URL, so that {@code checkAvailability} without a
 * public URL can compare the server's size with the source's. The core asks right after placing; a bounded map
 * keeps what it never asks about from piling up.
 */
final class PlacedSizes {
    private final Map<String, Long> sizes;

    PlacedSizes(int capacity) {
        this.sizes = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(String url, long size) {
        sizes.put(url, size);
    }

    /** The size placed under {@code url}, forgotten once asked for. */
    synchronized OptionalLong take(String url) {
        Long size = sizes.remove(url);
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }
}
