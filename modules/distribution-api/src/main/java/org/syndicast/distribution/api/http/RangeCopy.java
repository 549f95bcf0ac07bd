package org.syndicast.distribution.api.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes one byte range of a stored file to a response body, through a bounded buffer. */
public final class RangeCopy {
    /** The buffer size of one read, in bytes. */
    public static final int BUFFER_BYTES = 64 * 1024;

    private RangeCopy() {
    }

    /** Copies {@code range} of {@code file} to {@code out}. */
    public static void copy(Path file, ByteRange range, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            copy(channel, range, out);
        }
    }

    /**
     * Copies {@code range} of an open file to {@code out}.
     *
     * @throws EOFException when the file shrank after its length was announced: the container then cuts the
     *                      connection instead of sending a short body as if it were whole
     */
    public static void copy(FileChannel channel, ByteRange range, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(BUFFER_BYTES, range.length())));
        long position = range.first();
        long remaining = range.length();
        while (remaining > 0) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new EOFException("File shrank while being served");
            }
            out.write(buffer.array(), 0, read);
            position += read;
            remaining -= read;
        }
    }
}
