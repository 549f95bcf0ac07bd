package org.syndicast.transform.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled stylesheets and schemas by (kind, name, SHA-256 of the bytes), least recently used first out.
 * Compiling is done outside the lock; two threads compiling the same new source both compile, one result is
 * kept.
 */
final class CompiledCache {
    private final Map<String, Object> entries;

    CompiledCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Object get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Object value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }

    static String key(String kind, String name, String digest) {
        return kind + '\u0000' + name + '\u0000' + digest;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
