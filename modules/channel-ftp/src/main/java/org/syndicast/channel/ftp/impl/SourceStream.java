package org.syndicast.channel.ftp.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.syndicast.distribution.api.ElementContent;

/** The element's bytes, with read failures told apart from failures on the wire to the server. */
final class SourceStream extends FilterInputStream {

    /** Reading the element's source failed (the origin broke off, the file went away). */
    static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private SourceStream(InputStream in) {
        super(in);
    }

    static InputStream open(ElementContent content) throws SourceFailure {
        try {
            return new SourceStream(content.open());
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
    }
}
