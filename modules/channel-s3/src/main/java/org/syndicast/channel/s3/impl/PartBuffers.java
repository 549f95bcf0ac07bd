package org.syndicast.channel.s3.impl;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * A bounded pool of part-sized buffers shared by all uploads of one channel configuration: at most
 * {@code capacity} buffers exist at once, so uploads use at most {@code capacity x partSize} bytes of heap,
 * whatever the size and number of the elements. Buffers are made on first need and reused after.
 */
final class PartBuffers {
    private final int partSize;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();

    PartBuffers(int partSize, int capacity) {
        this.partSize = partSize;
        this.permits = new Semaphore(capacity, true);
    }

    int partSize() {
        return partSize;
    }

    /** A buffer of {@link #partSize()} bytes, waiting until one is free; give it back with {@link #release}. */
    byte[] acquire() throws InterruptedException {
        permits.acquire();
        byte[] buffer = free.poll();
        return buffer != null ? buffer : new byte[partSize];
    }

    void release(byte[] buffer) {
        free.offer(buffer);
        permits.release();
    }
}
