package org.syndicast.channel.s3.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import org.syndicast.distribution.api.ElementContent;

/** Element bytes as the core hands them over: a local file, or a stream of unknown length. */
final class TestContent {
    private TestContent() {
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static ElementContent file(Path file) {
        return new ElementContent() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Optional<Path> localFile() {
                return Optional.of(file);
            }

            @Override
            public OptionalLong size() {
                try {
                    return OptionalLong.of(Files.size(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public String fileName() {
                return file.getFileName().toString();
            }
        };
    }

    /** A stream source; {@code failAfter} >= 0 makes the stream break after that many bytes. */
    static ElementContent stream(byte[] bytes, String name, long failAfter) {
        return new ElementContent() {
            @Override
            public InputStream open() {
                return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
                    private long pos;

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (failAfter >= 0 && pos >= failAfter) {
                            throw new IOException("connection reset");
                        }
                        int max = failAfter >= 0 ? (int) Math.min(len, failAfter - pos) : len;
                        int n = super.read(b, off, max);
                        pos += Math.max(0, n);
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
                return OptionalLong.empty();
            }

            @Override
            public String fileName() {
                return name;
            }
        };
    }
}
