package org.syndicast.kaltura.rest.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that stops with {@code PAYLOAD_TOO_LARGE} once more than the limit has been read. */
final class LimitedStream extends FilterInputStream {
    private final long max;
    private long left;

    LimitedStream(InputStream in, long max) {
        super(in);
        this.max = max;
        this.left = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --left < 0) {
            throw WireException.tooLarge(max);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            left -= n;
            if (left < 0) {
                throw WireException.tooLarge(max);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        left -= s;
        if (left < 0) {
            throw WireException.tooLarge(max);
        }
        return s;
    }
}
