package org.syndicast.distribution.core.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.syndicast.distribution.api.SourceReadException;

/** A source's bytes whose read failures say they are the source's: {@link SourceReadException}. */
final class SourceStream extends FilterInputStream {
    private final String source;

    SourceStream(InputStream in, String source) {
        super(in);
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (SourceReadException e) {
            throw e;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (SourceReadException e) {
            throw e;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    SourceReadException failure(IOException e) {
        return new SourceReadException("reading " + source + " failed: " + e.getMessage(), e);
    }
}
