package org.syndicast.distribution.api.http;

/**
 * An inclusive range of byte positions of a file, as HTTP counts them: {@code first} to {@code last}.
 *
 * @param first position of the first byte, at least 0
 * @param last  position of the last byte, at least {@code first}
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("Invalid byte range " + first + "-" + last);
        }
    }

    /** Number of bytes in the range. */
    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value for this range of a file of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }
}
