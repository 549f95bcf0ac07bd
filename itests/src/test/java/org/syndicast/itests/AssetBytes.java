package org.syndicast.itests;

import java.io.InputStream;

/**
 * Test bytes made on the fly, never held: byte {@code i} of a stream is a pure function of the seed and
 * {@code i} (SplitMix64 of the 8-byte block index), so a test can stream gigabytes and later check any range.
 */
final class AssetBytes extends InputStream {
    private final long seed;
    private final long length;
    private long position;

    AssetBytes(long seed, long length) {
        this.seed = seed;
        this.length = length;
    }

    static byte at(long seed, long index) {
        long block = mix(seed + (index >>> 3));
        return (byte) (block >>> ((index & 7) * 8));
    }

    static byte[] range(long seed, long first, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = at(seed, first + i);
        }
        return out;
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public int read() {
        return position < length ? at(seed, position++) & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        int i = 0;
        // whole blocks at a time: eight bytes per mix
        while (i < n) {
            long p = position + i;
            if ((p & 7) == 0 && n - i >= 8) {
                long block = mix(seed + (p >>> 3));
                for (int k = 0; k < 8; k++) {
                    b[off + i + k] = (byte) (block >>> (k * 8));
                }
                i += 8;
            } else {
                b[off + i] = at(seed, p);
                i++;
            }
        }
        position += n;
        return n;
    }
}
