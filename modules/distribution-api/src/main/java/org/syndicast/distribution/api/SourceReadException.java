package org.syndicast.distribution.api;

import java.io.IOException;

/**
 * Reading an element's source failed (an origin that answers 503, a file that vanished), as opposed to
 * writing to the channel's target. {@link ElementContent} streams throw it, so that a channel reports the
 * right culprit: {@code SOURCE_IO} rather than a target error.
 */
public class SourceReadException extends IOException {
    private static final long serialVersionUID = 1L;

    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
