package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.Segments;

/**
 * The channel's file operations on one session: place an element so that no reader ever sees part of it under
 * its final name, and remove an element's directory with the parents it leaves empty.
 */
final class RemoteTree {
    /** Suffix of temporary names; with the leading dot they are hidden from listings and never final names. */
    static final String TEMP_SUFFIX = ".part";

    private static final Logger LOG = LoggerFactory.getLogger(RemoteTree.class);
    /** A concurrent retract may prune a directory we just made; each can cost one attempt (see the download channel). */
    private static final int MAX_ATTEMPTS = 4;
    private static final int MAX_DEPTH = 8;
    private static final int TEMP_STEM_BYTES = 96;

    private RemoteTree() {
    }

    /** {@code base/s1/.../sn}. */
    static String path(String base, List<String> segments) {
        String path = base;
        for (String s : segments) {
            path = RemoteLayout.join(path, s);
        }
        return path;
    }

    /** A hidden temporary name next to {@code fileName}: {@code .{fileName}.{random}.part}. */
    static String tempName(String fileName) {
        int bytes = 0;
        int end = 0;
        while (end < fileName.length()) {
            int cp = fileName.codePointAt(end);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > TEMP_STEM_BYTES) {
                break;
            }
            end += Character.charCount(cp);
        }
        return "." + fileName.substring(0, end) + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP_SUFFIX;
    }

    /**
     * Uploads {@code content} to {@code dir/tempName}, checks the size the server reports, and renames it to
     * {@code dir/fileName}. On a failure the temporary file is removed when the session still works.
     *
     * @return the bytes placed
     */
    static long place(RemoteSession session, String base, List<String> segments, String tempName, String fileName,
            ElementContent content) throws IOException {
        String dir = path(base, segments);
        String temp = RemoteLayout.join(dir, tempName);
        try {
            long sent = uploadIntoDirectory(session, base, segments, temp, content);
            OptionalLong announced = content.size();
            if (announced.isPresent() && announced.getAsLong() != sent) {
                throw new RemoteFailure(RemoteFailure.Kind.SIZE_MISMATCH, "the source gave " + sent
                        + " bytes, it announced " + announced.getAsLong(), false);
            }
            OptionalLong remote = session.size(temp);
            if (remote.isEmpty() || remote.getAsLong() != sent) {
                throw new RemoteFailure(RemoteFailure.Kind.SIZE_MISMATCH, "the server has "
                        + (remote.isPresent() ? remote.getAsLong() + " bytes" : "no file") + " after " + sent
                        + " bytes were sent", false);
            }
            session.rename(temp, RemoteLayout.join(dir, fileName));
            return sent;
        } catch (IOException e) {
            if (session.isAlive()) {
                deleteQuietly(session, temp);
            }
            throw e;
        }
    }

    static void deleteQuietly(RemoteSession session, String path) {
        try {
            session.delete(path);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary file {}: {}", path, e.getMessage());
        }
    }

    private static long uploadIntoDirectory(RemoteSession session, String base, List<String> segments, String temp,
            ElementContent content) throws IOException {
        for (int attempt = 1;; attempt++) {
            makeDirectories(session, base, segments);
            try {
                if (content.localFile().isPresent() && session.sendsFilesDirectly()) {
                    return session.uploadFile(content.localFile().get(), temp);
                }
                try (InputStream in = SourceStream.open(content)) {
                    return session.upload(in, temp);
                }
            } catch (RemoteFailure e) {
                if (attempt >= MAX_ATTEMPTS || session.isDirectory(path(base, segments))) {
                    throw e;
                }
                LOG.debug("Directory of {} vanished before the upload, creating it again", temp);
            }
        }
    }

    /** Finds the deepest existing level, then creates the ones below it. */
    private static void makeDirectories(RemoteSession session, String base, List<String> segments) throws IOException {
        String[] levels = levels(path(base, segments));
        int existing = levels.length;
        while (existing > 0 && !session.isDirectory(levels[existing - 1])) {
            existing--;
        }
        for (int i = existing; i < levels.length; i++) {
            if (!session.makeDirectory(levels[i]) && !session.isDirectory(levels[i])) {
                throw new RemoteFailure(RemoteFailure.Kind.REFUSED, "Cannot create the directory " + levels[i], true);
            }
        }
    }

    /** The absolute path of every level of {@code dir}: /a, /a/b, /a/b/c. */
    private static String[] levels(String dir) {
        boolean absolute = dir.startsWith("/");
        String[] parts = (absolute ? dir.substring(1) : dir).split("/");
        String[] levels = new String[parts.length];
        String current = "";
        for (int i = 0; i < parts.length; i++) {
            current = i == 0 && !absolute ? parts[i] : current + "/" + parts[i];
            levels[i] = current;
        }
        return levels;
    }

    /**
     * Removes {@code base/org/channel/mp/element} with everything in it, then {@code mp}, {@code channel} and
     * {@code org} while they are empty. What is already gone counts as removed; a file or directory the server
     * refuses to remove is a failure, never ignored.
     */
    static void remove(RemoteSession session, String base, List<String> segments) throws IOException {
        deleteTree(session, path(base, segments), 0);
        for (int i = segments.size() - 1; i >= 1; i--) {
            if (!prune(session, path(base, segments.subList(0, i)))) {
                return;
            }
        }
    }

    private static void deleteTree(RemoteSession session, String dir, int depth) throws IOException {
        for (RemoteSession.Entry entry : session.list(dir)) {
            if (!Segments.isValid(entry.name())) {
                continue; // not a name we can address safely: removing the directory will fail and say so
            }
            String child = RemoteLayout.join(dir, entry.name());
            if (entry.directory() && depth < MAX_DEPTH) {
                deleteTree(session, child, depth + 1);
            } else {
                session.delete(child);
            }
        }
        if (!session.removeDirectory(dir) && session.isDirectory(dir)) {
            throw new RemoteFailure(RemoteFailure.Kind.REFUSED, "The server did not remove the directory " + dir
                    + (session.list(dir).isEmpty() ? "" : ": it is not empty"), false);
        }
    }

    /** Removes an empty directory; false when it is not empty (stop pruning), true when removed or gone. */
    private static boolean prune(RemoteSession session, String dir) throws IOException {
        if (!session.isDirectory(dir)) {
            return true;
        }
        if (!session.list(dir).isEmpty()) {
            return false;
        }
        if (session.removeDirectory(dir)) {
            return true;
        }
        if (session.isDirectory(dir) && session.list(dir).isEmpty()) {
            throw new RemoteFailure(RemoteFailure.Kind.REFUSED, "The server refused to remove the empty directory "
                    + dir, true);
        }
        return false; // something was put there meanwhile
    }
}
