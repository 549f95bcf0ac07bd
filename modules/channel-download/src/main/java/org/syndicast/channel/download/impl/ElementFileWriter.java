package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.ElementContent;

/**
 * Places one element's bytes into the download tree so that no reader ever sees part of a file: the bytes go
 * to a hidden temporary name in the target directory ({@code .{fileName}.{random}.part}), which is then
 * renamed over the final name in one atomic step. The temporary name is removed on every failure.
 *
 * <p>The bytes get there by a hard link when the content is a local file on the same file system (no copy
 * at all), otherwise by a kernel transfer from a local file, otherwise by a stream copy through a bounded
 * buffer. Nothing is ever held whole in memory.
 */
final class ElementFileWriter {
    /** Buffer of the stream copy: large enough for few system calls, small enough for many parallel jobs. */
    static final int COPY_BUFFER_BYTES = 1 << 20;
    /** Suffix of temporary names; the servlet never serves dot-files, so these are never visible. */
    static final String TEMP_SUFFIX = ".part";

    private static final Logger LOG = LoggerFactory.getLogger(ElementFileWriter.class);
    private static final long TRANSFER_CHUNK_BYTES = 64L << 20;
    /** Keeps the temporary name well within the 255-byte name limit of common file systems. */
    private static final int TEMP_NAME_STEM_BYTES = 96;

    /** The bytes written differ in length from what the content announced. */
    static final class SizeMismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        SizeMismatchException(String message) {
            super(message);
        }
    }

    /**
     * Writes {@code content} to {@code root/s1/.../sn/fileName}, replacing a file already there.
     *
     * @param root      the real (symlink-free) download directory
     * @param segments  validated directory segments below {@code root}
     * @param fileName  a validated segment not starting with a dot
     * @return the final path
     */
    Path write(Path root, List<String> segments, String fileName, ElementContent content) throws IOException {
        TempEntry temp = createTempEntry(root, segments, fileName, content.localFile());
        try {
            if (!temp.linked()) {
                copy(content, temp.path());
            }
            verifySize(temp.path(), content.size(), fileName);
            Path target = temp.path().resolveSibling(fileName);
            Files.move(temp.path(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.debug("Placed {} by {}", target, temp.linked() ? "hard link" : "copy");
            return target;
        } finally {
            // after a failure, and after a rename that did nothing: POSIX rename() of a hard link onto
            // another link of the same file succeeds and leaves both names (re-publishing a published file)
            deleteQuietly(temp.path());
        }
    }

    /**
     * Creates the directories and the temporary entry. A concurrent retract of another element of the same
     * media package prunes the directories it leaves empty, bottom-up; one of ours that is still empty (we
     * have not yet created its child) can vanish under us, so the walk starts again. A prune stops at any
     * non-empty directory, so each concurrent retract can cost at most one attempt per level: retrying a
     * bounded number of times is enough, a single retry is not (the tests show it).
     */
    private TempEntry createTempEntry(Path root, List<String> segments, String fileName, Optional<Path> source)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return createTempEntryOnce(root, segments, fileName, source);
            } catch (NoSuchFileException e) {
                if (attempt >= ConfinedTree.MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Directory {} vanished while preparing {}, creating it again", e.getFile(), fileName);
            }
        }
    }

    private TempEntry createTempEntryOnce(Path root, List<String> segments, String fileName, Optional<Path> source)
            throws IOException {
        Path dir = ConfinedTree.createDirectories(root, segments);
        Path temp = dir.resolve(tempName(fileName));
        if (source.isPresent() && tryLink(temp, source.get(), dir)) {
            return new TempEntry(temp, true);
        }
        // createFile, not createTempFile: the latter makes the file owner-only readable (0600), which would
        // hide published files from a web server running as another user
        Files.createFile(temp);
        return new TempEntry(temp, false);
    }

    /** Whether {@code temp} is now a hard link to {@code source}; false means: copy instead. */
    private static boolean tryLink(Path temp, Path source, Path dir) throws IOException {
        try {
            if (!Files.getFileStore(source).equals(Files.getFileStore(dir))) {
                return false;
            }
            Files.createLink(temp, source);
            return true;
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(dir)) {
                throw e; // our directory was pruned: let the caller retry
            }
            LOG.debug("Cannot hard-link {} ({}), copying instead", source, e.toString());
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // other mount, file system without links, protected_hardlinks, ...: a copy still works
            LOG.debug("Cannot hard-link {} ({}), copying instead", source, e.toString());
            return false;
        }
    }

    private static void copy(ElementContent content, Path temp) throws IOException {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Optional<Path> local = content.localFile();
            if (local.isPresent()) {
                transfer(local.get(), out);
            } else {
                try (InputStream in = content.open()) {
                    copyStream(in, out);
                }
            }
            // the data must be on disk before the rename makes it visible, or a crash could publish a hole
            out.force(true);
        }
    }

    private static void transfer(Path source, FileChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long position = 0;
            long moved;
            while ((moved = in.transferTo(position, TRANSFER_CHUNK_BYTES, out)) > 0) {
                position += moved;
            }
        }
    }

    private static void copyStream(InputStream in, FileChannel out) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER_BYTES];
        int read;
        while ((read = in.read(buffer)) != -1) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        }
    }

    private static void verifySize(Path temp, OptionalLong expected, String fileName) throws IOException {
        if (expected.isPresent()) {
            long actual = Files.size(temp);
            if (actual != expected.getAsLong()) {
                throw new SizeMismatchException("'" + fileName + "' has " + actual + " bytes, expected "
                        + expected.getAsLong());
            }
        }
    }

    private static String tempName(String fileName) {
        return "." + stem(fileName) + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX;
    }

    /** The longest prefix of {@code fileName} of at most {@link #TEMP_NAME_STEM_BYTES} UTF-8 bytes. */
    private static String stem(String fileName) {
        int bytes = 0;
        int end = 0;
        while (end < fileName.length()) {
            int codePoint = fileName.codePointAt(end);
            bytes += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > TEMP_NAME_STEM_BYTES) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return fileName.substring(0, end);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not remove temporary file {}: {}", temp, e.toString());
        }
    }

    private record TempEntry(Path path, boolean linked) {
    }
}
