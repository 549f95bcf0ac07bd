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
        set(file, java.util.Map.of(key, value));
    }

    /**
     * Sets several keys in one write: Configuration Admin then sees one change with all of them, never a state
     * with only some (file install can fold quick successive writes into one and miss the later ones).
     */
    static void set(Path file, java.util.Map<String, String> values) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
            List<String> out = new ArrayList<>();
            java.util.Set<String> done = new java.util.HashSet<>();
            for (String line : lines) {
                String t = line.trim();
                String key = t.startsWith("#") ? null : values.keySet().stream()
                        .filter(k -> t.startsWith(k + " ") || t.startsWith(k + "=") || t.equals(k)).findFirst().orElse(null);
                if (key == null) {
                    out.add(line);
                } else if (done.add(key)) {
                    out.add(key + " = " + values.get(key));
                }
            }
            values.forEach((k, v) -> {
                if (!done.contains(k)) {
                    out.add(k + " = " + v);
                }
            });
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
