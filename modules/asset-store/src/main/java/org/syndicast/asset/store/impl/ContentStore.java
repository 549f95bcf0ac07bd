package org.syndicast.asset.store.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * Element bytes on disk, named by their SHA-256: {@code {root}/blobs/{first two hex digits}/{sha256}}. Bytes
 * stream in through a 64 KiB buffer into {@code {root}/tmp/*.part} while size, MD5 and SHA-256 are computed,
 * then the file is renamed into place, so no reader ever sees half a file. Equal bytes are stored once.
 */
final class ContentStore {
    private static final int BUFFER = 64 * 1024;
    /** How much of the start of the bytes is kept to read an image's size from. */
    static final int HEAD = 64 * 1024;

    private final Path root;

    ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What {@link #put} stored. */
    record Put(String sha256, String md5, long size, byte[] head) {
    }

    /**
     * Streams {@code in} into the store, at most {@code maxBytes}.
     *
     * @throws InvalidInputException {@code ELEMENT_TOO_LARGE} (413) past the limit; nothing is kept then
     */
    Put put(InputStream in, long maxBytes) throws IOException {
        Path tmpDir = Files.createDirectories(root.resolve("tmp"));
        Path part = tmpDir.resolve(UUID.randomUUID() + ".part");
        MessageDigest md5 = digest("MD5");
        MessageDigest sha = digest("SHA-256");
        byte[] head = new byte[HEAD];
        int headLength = 0;
        long size = 0;
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buf = new byte[BUFFER];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new InvalidInputException("ELEMENT_TOO_LARGE",
                                "The element is larger than the limit of " + maxBytes + " bytes", 413);
                    }
                    if (headLength < HEAD) {
                        int k = Math.min(n, HEAD - headLength);
                        System.arraycopy(buf, 0, head, headLength, k);
                        headLength += k;
                    }
                    md5.update(buf, 0, n);
                    sha.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            moveIntoPlace(part, file(sha256));
            done = true;
            return new Put(sha256, HexFormat.of().formatHex(md5.digest()), size,
                    java.util.Arrays.copyOf(head, headLength));
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** The file holding the bytes with this SHA-256 (which may not exist). */
    Path file(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Removes the bytes; returns how many bytes were freed (0 when they were gone already). */
    long remove(String sha256) throws IOException {
        Path file = file(sha256);
        long size = Files.exists(file) ? Files.size(file) : 0;
        return Files.deleteIfExists(file) ? size : 0;
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(part);   // the same bytes are stored already
            return;
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(part);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
