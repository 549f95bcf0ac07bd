package org.syndicast.kaltura.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file uploaded with a call (multipart part with a {@code filename}). Readable, as often as wanted, while the
 * call runs; the wire removes it afterwards.
 */
public interface Upload {

    /** The last segment of the part's {@code filename} (a client may send a whole local path); never a path. */
    String fileName();

    /** Its size in bytes. */
    long size();

    /** Its bytes, from the start; the caller closes the stream. The part's Content-Type and charset are ignored. */
    InputStream open() throws IOException;
}
