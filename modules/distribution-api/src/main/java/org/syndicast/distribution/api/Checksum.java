package org.syndicast.distribution.api;

import java.util.Objects;

/** A checksum of an element's bytes, e.g. {@code md5} and its hex value. */
public record Checksum(String type, String value) {
    public Checksum {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
