package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directory operations below the (real) download directory that never follow a symbolic link. Everything
 * this channel creates below its root is a plain directory or file; a link found on the way is refused, so
 * a planted link can neither redirect a write nor a delete outside the root.
 */
final class ConfinedTree {
    /** Bound on retries against concurrent pruning; each concurrent retract costs at most one per level. */
    static final int MAX_ATTEMPTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(ConfinedTree.class);

    private ConfinedTree() {
    }

    /**
     * Creates {@code root/s1/.../sn} one level at a time and returns it.
     *
     * @throws UnsafeTargetException when a level exists as a link or a non-directory
     * @throws NoSuchFileException   when a level vanished while creating the next one (a concurrent prune)
     */
    static Path createDirectories(Path root, List<String> segments) throws IOException {
        Path current = root;
        for (String segment : segments) {
            current = current.resolve(segment);
            createDirectory(current);
        }
        return current;
    }

    /**
     * Creates one level or accepts the plain directory already there. A concurrent prune may remove an empty
     * level between "it exists" and our look at it; then it is simply created again.
     */
    private static void createDirectory(Path dir) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectory(dir);
                return;
            } catch (FileAlreadyExistsException e) {
                try {
                    requirePlainDirectory(dir);
                    return;
                } catch (NoSuchFileException gone) {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw gone;
                    }
                }
            }
        }
    }

    /**
     * {@code root/s1/.../sn} when every level exists as a plain directory, empty when a level is missing.
     *
     * @throws UnsafeTargetException when a level is a link or a non-directory
     */
    static Optional<Path> existingDirectory(Path root, List<String> segments) throws IOException {
        Path current = root;
        for (String segment : segments) {
            current = current.resolve(segment);
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            requirePlainDirectory(current);
        }
        return Optional.of(current);
    }

    /**
     * Deletes {@code dir} and everything in it. Links inside are deleted as links, never followed; entries
     * that vanish meanwhile are fine. A missing {@code dir} is fine too.
     */
    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Removes {@code start} and its ancestors up to, not including, {@code root} while they are empty. A
     * directory that is not empty (another element, or a distribution that just created it) ends the walk;
     * one already gone is skipped. Pruning is tidying up: its failures are logged, never thrown.
     */
    static void pruneEmptyDirectories(Path root, Path start) {
        for (Path dir = start; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (NoSuchFileException e) {
                LOG.trace("{} already removed", dir);
            } catch (IOException e) {
                LOG.warn("Could not remove empty directory {}: {}", dir, e.toString());
                return;
            }
        }
    }

    private static void requirePlainDirectory(Path path) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isDirectory()) {
            String what = attrs.isSymbolicLink() ? "a symbolic link" : "not a directory";
            throw new UnsafeTargetException(
                    path + " is " + what + "; the download channel neither follows nor replaces it");
        }
    }
}
