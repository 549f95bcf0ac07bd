package org.syndicast.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sets keys in a Karaf etc/*.cfg file the way an operator would: replace the key's line, or append it. */
final class CfgFiles {
    private CfgFiles() {
    }

    static void set(Path file, String key, String value) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
            List<String> out = new ArrayList<>();
            boolean done = false;
            for (String line : lines) {
                String t = line.trim();
                if (!t.startsWith("#") && (t.startsWith(key + " ") || t.startsWith(key + "=") || t.equals(key))) {
                    if (!done) {
                        out.add(key + " = " + value);
                        done = true;
                    }
                } else {
                    out.add(line);
                }
            }
            if (!done) {
                out.add(key + " = " + value);
            }
            // write to a temporary file and move it into place: fileinstall must never read half a file
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path file, String line) {
        try {
            Files.writeString(file, System.lineSeparator() + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
