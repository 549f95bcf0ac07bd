package org.syndicast.channel.download.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;

/** Element content for tests: bytes in memory, a local file, or a stream that breaks after some bytes. */
record TestContent(String fileName, byte[] bytes, Path file, OptionalLong size, int failAfter)
        implements ElementContent {

    static TestContent ofBytes(String fileName, byte[] bytes) {
        return new TestContent(fileName, bytes, null, OptionalLong.of(bytes.length), -1);
    }

    static TestContent ofFile(String fileName, Path file) throws IOException {
        return new TestContent(fileName, null, file, OptionalLong.of(Files.size(file)), -1);
    }

    /** A stream that delivers {@code failAfter} bytes of {@code bytes}, then throws. */
    static TestContent failing(String fileName, byte[] bytes, int failAfter) {
        return new TestContent(fileName, bytes, null, OptionalLong.of(bytes.length), failAfter);
    }

    TestContent withSize(OptionalLong newSize) {
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
        };
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }
}
