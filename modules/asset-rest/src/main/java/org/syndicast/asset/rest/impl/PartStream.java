package org.syndicast.asset.rest.impl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * The bytes of one multipart part: reads from the shared stream up to (not including) the next delimiter
 * ({@code CRLF--boundary}), which it consumes. Uses mark/reset on the buffered stream to look ahead no further
 * than one delimiter, so memory stays fixed whatever the part's size.
 */
final class PartStream extends InputStream {
    private final BufferedInputStream in;
    private final byte[] delimiter;
    private boolean done;
    private boolean atStart;

    PartStream(BufferedInputStream in, byte[] delimiter, boolean preamble) {
        this.in = in;
        this.delimiter = delimiter;
        this.atStart = preamble;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (atStart) {
            // the body may start directly with "--boundary", without the CRLF of the delimiter
            atStart = false;
            if (matches(2)) {
                done = true;
                return -1;
            }
        }
        int count = 0;
        while (count < len) {
            in.mark(delimiter.length);
            int c = in.read();
            if (c < 0) {
                throw new InvalidInputException("MALFORMED_MULTIPART", "The multipart body ends inside a part");
            }
            if (c == delimiter[0]) {
                in.reset();
                if (matches(0)) {
                    done = true;
                    return count == 0 ? -1 : count;
                }
                in.read();   // not a delimiter: take the CR as data
            }
            b[off + count++] = (byte) c;
            if (in.available() == 0 && count > 0) {
                break;   // hand over what we have rather than block for more
            }
        }
        return count;
    }

    /** Whether the delimiter, from position {@code from}, comes next; consumes it if so, else reads nothing. */
    private boolean matches(int from) throws IOException {
        in.mark(delimiter.length);
        for (int i = from; i < delimiter.length; i++) {
            if (in.read() != (delimiter[i] & 0xFF)) {
                in.reset();
                return false;
            }
        }
        return true;
    }
}
