package org.syndicast.transform.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects a run's output up to a byte limit and never holds more: the write that would pass it fails (and
 * every later one), as does any write after the run was cancelled, which is how a stylesheet that keeps
 * writing stops by itself at its deadline.
 */
final class LimitedOutput extends OutputStream {
    private final long limit;
    private final Run run;
    private final Buffer buffer = new Buffer();
    private boolean exceeded;

    LimitedOutput(long limit, Run run) {
        this.limit = limit;
        this.run = run;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        run.checkCancelled();
        if (exceeded || buffer.size() + (long) len > limit) {
            exceeded = true;
            throw new IOException("output limit of " + limit + " bytes reached");
        }
        buffer.write(b, off, len);
    }

    boolean exceeded() {
        return exceeded;
    }

    byte[] bytes() {
        return buffer.bytes();
    }

    /** A byte array stream whose content is handed out without a second copy when it is exactly full. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(4096);
        }

        byte[] bytes() {
            return count == buf.length ? buf : Arrays.copyOf(buf, count);
        }
    }
}
