package org.syndicast.asset.store.impl;

import java.util.UUID;
import java.util.regex.Pattern;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * Asset, element and link ids: 1 to 128 of {@code A-Z a-z 0-9 . _ ~ -}, not starting with a dot. They appear
 * in URLs, file names and {@code asset://} URLs unescaped, so nothing else is let in.
 */
final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,127}");

    private Ids() {
    }

    static String require(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("INVALID_ID", "'" + what + "' must be 1 to 128 letters, digits, '.', '_', '~'"
                    + " or '-', not starting with '.'");
        }
        return id;
    }

    static String generate() {
        return UUID.randomUUID().toString();
    }

    /** A file name to publish under: the given one when it is a safe name, else the element id. */
    static String fileName(String candidate, String elementId) {
        if (candidate != null) {
            String name = candidate.substring(Math.max(candidate.lastIndexOf('/'), candidate.lastIndexOf('\\')) + 1).strip();
            if (!name.isEmpty() && !name.startsWith(".") && name.length() <= 255
                    && org.syndicast.distribution.api.Segments.isValid(name)) {
                return name;
            }
        }
        return elementId;
    }
}
