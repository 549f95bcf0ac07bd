package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;

/** Element content that is a local file, as the core hands over files from an inbox root. */
record FileContent(String fileName, Path file) implements ElementContent {

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
}
