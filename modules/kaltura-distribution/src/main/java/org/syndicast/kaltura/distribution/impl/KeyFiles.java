package org.syndicast.kaltura.distribution.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The SFTP private keys of FTP profiles: one owner-only file {@code {directory}/{target}.key} each, since the FTP
 * channel reads its key from a file. The key never goes to the database, a log or an answer.
 */
final class KeyFiles {
    private final Path directory;

    KeyFiles(Path directory) {
        this.directory = directory;
    }

    Path path(String target) {
        return directory.resolve(target + ".key");
    }

    /** The key file of the target, when it has one. */
    Path existing(String target) {
        Path p = path(target);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Writes (a non-empty key) or removes (an empty one) the key of {@code target}. */
    void put(String target, String key) {
        try {
            if (key.isEmpty()) {
                Files.deleteIfExists(path(target));
                return;
            }
            Files.createDirectories(directory);
            Path tmp = directory.resolve("." + target + ".key.part");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, key.endsWith("\n") ? key : key + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, path(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the SFTP key of " + target, e);
        }
    }

    void remove(String target) {
        try {
            Files.deleteIfExists(path(target));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the SFTP key of " + target, e);
        }
    }
}
