package org.syndicast.channel.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import org.syndicast.distribution.api.ElementContent;

/**
 * Element content for channel tests: bytes in memory, or a local file, optionally with a stream that breaks after
 * some bytes, and a size that may be announced wrongly or not at all.
 */
public record TestContent(String fileName, byte[] bytes, Path file, OptionalLong size, int failAfter)
        implements ElementContent {

    /** {@code size} random bytes from {@code seed}. */
    public static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static TestContent random(String fileName, int size, long seed) {
        return ofBytes(fileName, randomBytes(size, seed));
    }

    public static TestContent ofBytes(String fileName, byte[] bytes) {
        return new TestContent(fileName, bytes, null, OptionalLong.of(bytes.length), -1);
    }

    public static TestContent ofFile(String fileName, Path file) throws IOException {
        return new TestContent(fileName, null, file, OptionalLong.of(Files.size(file)), -1);
    }

    /** A stream that delivers {@code failAfter} bytes of {@code bytes}, then throws. */
    public static TestContent failing(String fileName, byte[] bytes, int failAfter) {
        return new TestContent(fileName, bytes, null, OptionalLong.of(bytes.length), failAfter);
    }

    /** A stream of unknown size; {@code failAfter} >= 0 makes it break after that many bytes. */
    public static TestContent stream(byte[] bytes, String fileName, long failAfter) {
        return new TestContent(fileName, bytes, null, OptionalLong.empty(), (int) Math.max(-1, failAfter));
    }

    /** The same bytes, but the stream throws after {@code n} of them. */
    public TestContent failingAfter(int n) {
        return new TestContent(fileName, bytes, file, size, n);
    }

    /** The same content announcing another size (or none). */
    public TestContent withSize(OptionalLong newSize) {
        return new TestContent(fileName, bytes, file, newSize, failAfter);
    }

    @Override
    public InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        if (failAfter < 0) {
            return new ByteArrayInputStream(bytes);
        }
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position >= failAfter) {
                    throw new IOException("source broke");
                }
                return bytes[position++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= failAfter) {
                    throw new IOException("source broke");
                }
                int n = Math.min(len, failAfter - position);
                System.arraycopy(bytes, position, b, off, n);
                position += n;
                return n;
            }
        };
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }
}
