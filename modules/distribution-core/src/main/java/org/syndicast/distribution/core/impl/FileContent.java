package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.SourceReadException;

/** An element whose bytes are a local file under an inbox root. */
record FileContent(Path file, String fileName) implements ElementContent {

    @Override
    public InputStream open() throws IOException {
        try {
            return new SourceStream(Files.newInputStream(file), "the source file of this element");
        } catch (IOException e) {
            throw new SourceReadException("cannot open the source file of this element: " + e.getMessage(), e);
        }
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
            throw new UncheckedIOException(e);
        }
    }
}
