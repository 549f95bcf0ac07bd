package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.SourceReadException;

/**
 * An element whose bytes are a local file under an inbox root, by its real path (links resolved when the policy
 * checked it). Opening it refuses a path that has become a link since: what is read is what was checked.
 */
record FileContent(Path file, String fileName) implements ElementContent {

    @Override
    public InputStream open() throws IOException {
        try {
            if (!file.toRealPath().equals(file)) {
                throw new SourceReadException("the source file of this element has been replaced by a link", null);
            }
            return new SourceStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), "the source file of this element");
        } catch (SourceReadException e) {
            throw e;
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
