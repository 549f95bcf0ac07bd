package org.syndicast.channel.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;

/** Element content that is a local file, in the shape the core hands over files from an inbox root. */
public record FileContent(Path file, String fileName) implements ElementContent {

    /** The file under its own name. */
    public static FileContent of(Path file) {
        return new FileContent(file, file.getFileName().toString());
    }

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
            throw new UncheckedIOException(e);
        }
    }
}
