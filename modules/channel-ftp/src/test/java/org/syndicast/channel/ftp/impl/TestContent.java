package org.syndicast.channel.ftp.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import org.syndicast.distribution.api.ElementContent;

/** Element content for tests: random bytes in memory, or a stream that breaks after some bytes. */
record TestContent(String fileName, byte[] bytes, int failAfter) implements ElementContent {

    static TestContent random(String fileName, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return new TestContent(fileName, bytes, -1);
    }

    /** The same bytes, but the stream throws after {@code n} of them. */
    TestContent failingAfter(int n) {
        return new TestContent(fileName, bytes, n);
    }

    @Override
    public InputStream open() {
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
        return Optional.empty();
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(bytes.length);
    }
}
