package org.syndicast.channel.s3.impl;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.syndicast.distribution.api.ElementContent;

/** Reads an element's bytes part by part into caller-owned buffers: from its local file, else from its stream. */
final class PartSource implements Closeable {
    private final FileChannel file;
    private final InputStream stream;

    private PartSource(FileChannel file, InputStream stream) {
        this.file = file;
        this.stream = stream;
    }

    static PartSource open(ElementContent content) throws IOException {
        Optional<Path> local = content.localFile();
        if (local.isPresent()) {
            return new PartSource(FileChannel.open(local.get(), StandardOpenOption.READ), null);
        }
        return new PartSource(null, content.open());
    }

    /** Fills {@code buffer} completely, or up to the end of the bytes: fewer bytes than its length means the end. */
    int fill(byte[] buffer) throws IOException {
        if (stream != null) {
            return stream.readNBytes(buffer, 0, buffer.length);
        }
        ByteBuffer target = ByteBuffer.wrap(buffer);
        while (target.hasRemaining()) {
            if (file.read(target) < 0) {
                break;
            }
        }
        return target.position();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        } else {
            file.close();
        }
    }
}
