package org.syndicast.channel.download.impl;

import java.io.IOException;

/**
 * A path inside the download directory is not what this channel creates there: a symbolic link or a file
 * where a directory belongs. The channel never follows or replaces such a thing; an operator has to look.
 */
final class UnsafeTargetException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsafeTargetException(String message) {
        super(message);
    }
}
