package org.syndicast.channel.ftp.impl;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalLong;

/**
 * One logged-in connection to the server, used by one thread at a time. Paths are absolute. Methods throw a
 * {@link RemoteFailure} when the server refuses, any other {@link IOException} when the connection fails.
 */
interface RemoteSession extends Closeable {

    /** The absolute login directory. */
    String home();

    /** Creates a directory; false when it could not be created (it may exist already). */
    boolean makeDirectory(String path) throws IOException;

    boolean isDirectory(String path) throws IOException;

    /** Writes {@code in} to {@code path} in binary, replacing a file there; returns the bytes sent. */
    long upload(InputStream in, String path) throws IOException;

    /** Whether {@link #uploadFile} sends a local file without copying it through the JVM. */
    default boolean sendsFilesDirectly() {
        return false;
    }

    /**
     * Writes a local file to {@code path} like {@link #upload}, in the kernel where the transport allows.
     *
     * @throws UnsupportedOperationException unless {@link #sendsFilesDirectly()}
     */
    default long uploadFile(java.nio.file.Path file, String path) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** The size of a file, or empty when there is none at {@code path}. */
    OptionalLong size(String path) throws IOException;

    /** Renames a file, replacing a file already under the new name. */
    void rename(String from, String to) throws IOException;

    /** Deletes a file; false when there was none. */
    boolean delete(String path) throws IOException;

    /** The entries of a directory, without {@code .} and {@code ..}; empty when there is no such directory. */
    List<Entry> list(String directory) throws IOException;

    /** Removes an empty directory; false when it could not be removed (not empty, gone, refused). */
    boolean removeDirectory(String path) throws IOException;

    /** A cheap round trip (NOOP, or a stat) that tells whether the connection still works. */
    boolean isAlive();

    /** Logs out and closes; never throws. */
    @Override
    void close();

    /** A directory entry: its name (one segment) and whether it is a directory. */
    record Entry(String name, boolean directory) {
    }
}
