package org.syndicast.distribution.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The bytes of one element, resolved by the core from the element's URL (an asset in the store, a file
 * under an inbox root, an allow-listed http(s) URL). Channels stream from it and never hold it whole.
 */
public interface ElementContent {

    /** A new stream over the bytes, from the start; the caller closes it. */
    InputStream open() throws IOException;

    /** The bytes as a local file, when they are one: lets a channel hard-link or transfer in the kernel. */
    Optional<Path> localFile();

    /** The length in bytes when known before reading. */
    OptionalLong size();

    /** The file name to publish under: one validated segment, taken from the source URL. */
    String fileName();
}
