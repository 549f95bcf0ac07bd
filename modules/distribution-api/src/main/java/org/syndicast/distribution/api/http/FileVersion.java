package org.syndicast.distribution.api.http;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the validators of a response are computed from: one file's size, modification time and entity tag.
 *
 * @param size              bytes
 * @param lastModifiedMillis modification time truncated to whole seconds, as {@code Last-Modified} carries it
 * @param etag              strong, quoted entity tag, see {@link EntityTags#strong}
 */
public record FileVersion(long size, long lastModifiedMillis, String etag) {

    public static FileVersion of(BasicFileAttributes attributes) {
        long millis = attributes.lastModifiedTime().toMillis();
        return new FileVersion(attributes.size(), millis - Math.floorMod(millis, 1000L),
                EntityTags.strong(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        attributes.fileKey()));
    }
}
