package org.syndicast.asset.rest.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * A {@code multipart/form-data} body read through one fixed 64 KiB buffer: header lines, and each part as a
 * stream that ends at the next delimiter ({@code CRLF--boundary}). The buffer is searched for the delimiter in
 * bulk, and bytes that cannot be the start of one are handed out at once, so a part of any size streams at
 * the speed of the connection with memory that never grows.
 */
final class MultipartStream {
    private static final int MAX_LINE = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first delimiter of a body usually has no CRLF before it: pretend it had one
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** The next byte, or -1 at the end of the body. */
    int readByte() throws IOException {
        return fill(1) ? buf[pos++] & 0xFF : -1;
    }

    /** One header line without its line end. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = readByte()) >= 0 && c != '\n') {
            if (line.size() >= MAX_LINE) {
                throw malformed("A part header line is too long");
            }
            line.write(c);
        }
        if (c < 0) {
            throw malformed("The multipart body ends inside a part header");
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The bytes up to the next delimiter, which reading to the end consumes. */
    InputStream part() {
        return new Part();
    }

    /** Makes at least {@code n} bytes available from {@code pos}, unless the body ends first. */
    private boolean fill(int n) throws IOException {
        while (limit - pos < n && !eof) {
            if (buf.length - pos < n) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit - pos >= n;
    }

    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        for (int i = pos; i <= last; i++) {
            if (buf[i] == delimiter[0]) {
                int k = 1;
                while (k < delimiter.length && buf[i + k] == delimiter[k]) {
                    k++;
                }
                if (k == delimiter.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    static InvalidInputException malformed(String why) {
        return new InvalidInputException("MALFORMED_MULTIPART", why);
    }

    private final class Part extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            fill(Math.min(buf.length, Math.max(delimiter.length, len) + delimiter.length));
            int at = indexOfDelimiter();
            if (at == pos) {
                pos += delimiter.length;
                done = true;
                return -1;
            }
            // without a delimiter in sight, the last delimiter-length-1 bytes may still start one
            int safe = at >= 0 ? at - pos : limit - pos - (delimiter.length - 1);
            if (safe <= 0) {
                throw malformed("The multipart body ends inside a part");
            }
            int n = Math.min(len, safe);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
