package org.syndicast.asset.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;

class MultipartUploadTest {
    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private static byte[] body(byte[] file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nattachment\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"flavor\"\r\n\r\npresenter/preview\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void fieldsBeforeTheFileAndTheFileBytesExactly() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // bytes that look like the start of a delimiter must pass through as data
        byte[] tricky = "\r\n--Xy\r\n--XyQ\r".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tricky, 0, file, 1000, tricky.length);
        file[file.length - 1] = '\r';

        MultipartUpload.Parts parts = MultipartUpload.read(TYPE, new ByteArrayInputStream(body(file)));

        assertThat(parts.fields()).containsEntry("kind", "attachment").containsEntry("flavor", "presenter/preview");
        assertThat(parts.fileName()).isEqualTo("a b.png");
        assertThat(parts.contentType()).isEqualTo("image/png");
        assertThat(parts.file().readAllBytes()).isEqualTo(file);
    }

    @Test
    void aDelimiterSplitAcrossReadsIsFoundAndCarriageReturnsAreData() throws IOException {
        byte[] file = new byte[200_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 7 == 0 ? '\r' : i % 11 == 0 ? '\n' : i % 13 == 0 ? '-' : 'x');
        }
        byte[] body = body(file);
        // a client whose bytes arrive a few at a time
        java.io.InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(body)) {
            private int turn;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + turn++ % 7));
            }
        };

        MultipartUpload.Parts parts = MultipartUpload.read(TYPE, trickle);

        assertThat(parts.fields()).containsEntry("kind", "attachment");
        assertThat(parts.file().readAllBytes()).isEqualTo(file);
    }

    @Test
    void emptyFileAndMissingFile() throws IOException {
        assertThat(MultipartUpload.read(TYPE, new ByteArrayInputStream(body(new byte[0]))).file().readAllBytes()).isEmpty();
        byte[] noFile = "--XyZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ntrack\r\n--XyZ--\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartUpload.read(TYPE, new ByteArrayInputStream(noFile)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("MISSING_FILE"));
    }

    @Test
    void truncatedBodyAndMissingBoundaryAreRefused() {
        byte[] truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartUpload.read(TYPE, new ByteArrayInputStream(truncated)).file().readAllBytes())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MultipartUpload.read("multipart/form-data", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_MULTIPART"));
    }
}
