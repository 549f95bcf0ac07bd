package org.syndicast.asset.store.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.SourceReadException;
import org.syndicast.distribution.api.source.ElementSourcePolicy;

/**
 * A stand-in for the core's policy in the store's unit tests: {@code file:} URLs directly under one inbox
 * directory, {@code http://gone.test/} URLs whose bytes cannot be opened (an origin answering 404), everything
 * else refused. Records what it was asked. The real policy is tested in the core and against the server.
 */
final class InboxPolicy implements ElementSourcePolicy {
    final List<String> asked = new CopyOnWriteArrayList<>();
    private final Path inbox;

    InboxPolicy(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public ElementContent resolve(String organization, String elementId, URI url) {
        asked.add(organization + " " + elementId + " " + url);
        if (url.toString().startsWith("http://gone.test/")) {
            return new Content(null, "gone.mp4");
        }
        if (!"file".equals(url.getScheme()) || !Paths.get(url).getParent().equals(inbox)) {
            throw new InvalidInputException("SOURCE_NOT_ALLOWED", "not under the test inbox");
        }
        return new Content(Paths.get(url), Paths.get(url).getFileName().toString());
    }

    private record Content(Path file, String fileName) implements ElementContent {
        @Override
        public InputStream open() throws IOException {
            if (file == null) {
                throw new SourceReadException("the element's http(s) source answered HTTP 404", null);
            }
            return Files.newInputStream(file);
        }

        @Override
        public Optional<Path> localFile() {
            return Optional.ofNullable(file);
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.empty();
        }
    }
}
