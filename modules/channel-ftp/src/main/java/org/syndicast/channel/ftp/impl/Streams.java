package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The one copy loop of the channel: a bounded buffer, so no element is ever held whole in memory. */
final class Streams {
    /** Large enough for few system calls and full TCP windows, small enough for many parallel jobs. */
    static final int BUFFER_BYTES = 1 << 20;

    private Streams() {
    }

    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    /** A server reply or message on one line: control characters become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").trim();
    }
}
