package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.http.UriSegments;

/**
 * Turns the still percent-encoded path of a request (below the serve path) into a published file, or
 * refuses. Hostile until proven otherwise: the path is split on {@code /} before decoding, so an encoded
 * slash ({@code %2F}) can never make a new segment; each decoded segment must be a valid {@link Segments
 * segment} (no {@code /}, {@code \}, {@code :}, NUL or other control characters, not {@code .} or
 * {@code ..}) and must not start with a dot, which hides temporary {@code .part} files and dot-files; empty
 * segments (a doubled or trailing slash) are refused. Finally the real path, with every link resolved, must
 * still lie below the real root and be a regular file, which defeats a symbolic link pointing out.
 */
final class PublicPathResolver {
    private static final Logger LOG = LoggerFactory.getLogger(PublicPathResolver.class);

    private PublicPathResolver() {
    }

    /**
     * The real path of the regular file {@code rawPath} names below {@code root}, or empty for anything
     * else: a refused path, a directory, a missing file, an unreadable root.
     *
     * @param root    the configured download directory (need not exist)
     * @param rawPath the raw request path below the serve path, e.g. {@code /org/ch/mp/el/a%20b.mp4}
     */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] rawSegments = rawPath.substring(1).split("/", -1);
        String[] segments = new String[rawSegments.length];
        for (int i = 0; i < rawSegments.length; i++) {
            Optional<String> decoded = UriSegments.decode(rawSegments[i]);
            if (decoded.isEmpty() || !isServable(decoded.get())) {
                return Optional.empty();
            }
            segments[i] = decoded.get();
        }
        try {
            return confined(root.toRealPath(), segments);
        } catch (IOException | InvalidPathException e) {
            // InvalidPathException: a name the JVM's file name encoding cannot express, so no file has it
            LOG.trace("{} not served: {}", rawPath, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<Path> confined(Path realRoot, String[] segments) throws IOException {
        Path candidate = realRoot;
        for (String segment : segments) {
            candidate = candidate.resolve(segment);
        }
        Path real = candidate.toRealPath();
        if (!real.startsWith(realRoot) || real.equals(realRoot)) {
            LOG.debug("Refused {}: a link leads out of the download directory", candidate);
            return Optional.empty();
        }
        for (Path name : realRoot.relativize(real)) {
            if (!isServable(name.toString())) {
                return Optional.empty(); // a link onto a temporary or hidden file
            }
        }
        return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
    }

    private static boolean isServable(String segment) {
        return Segments.isValid(segment) && !segment.startsWith(".");
    }
}
