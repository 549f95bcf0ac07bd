package org.syndicast.kaltura.api;

import java.util.Objects;

/**
 * An action's raw answer ({@code serveSentData}, {@code serveReturnedData}): sent as is, with HTTP 200 and its
 * own Content-Type, whatever {@code format} the call asked for. The array is not copied: do not change it.
 *
 * @param bytes       the document
 * @param contentType e.g. {@code text/xml; charset=utf-8}
 */
public record RawData(byte[] bytes, String contentType) {
    public RawData {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
    }
}
