package org.syndicast.kaltura.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.kaltura.api.Upload;

/**
 * The files of one request, by part name ({@code xslFile}, or {@code 1:xslFile} inside a multirequest), each in
 * a temporary file that {@link #close} removes.
 */
final class Uploads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private final Map<String, Spooled> files = new LinkedHashMap<>();

    /** Keeps the first file part of each name; a later one of the same name is dropped at once. */
    void add(String name, String fileName, Path file) throws IOException {
        if (files.containsKey(name)) {
            Files.deleteIfExists(file);
            return;
        }
        files.put(name, new Spooled(lastSegment(fileName), Files.size(file), file));
    }

    Optional<Upload> get(String name) {
        return Optional.ofNullable(files.get(name));
    }

    int size() {
        return files.size();
    }

    @Override
    public void close() {
        for (Spooled s : files.values()) {
            try {
                Files.deleteIfExists(s.file);
            } catch (IOException e) {
                // the answer is already made: a file left behind is the temporary folder's to clean
                LOG.warn("Could not remove the uploaded file {}: {}", s.file, e.toString());
            }
        }
        files.clear();
    }

    /** The part after the last {@code /} or {@code \}: a client's local path is never a path here. */
    static String lastSegment(String fileName) {
        String s = fileName == null ? "" : fileName;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(cut + 1);
    }

    private record Spooled(String fileName, long size, Path file) implements Upload {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }
}
