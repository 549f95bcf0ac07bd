package org.syndicast.asset.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;

class MultipartFormTest {
    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    /** What a sink saw of one file part: the part and all its bytes. */
    private record Seen(Map<String, String> fields, String fileName, String contentType, byte[] bytes) {
    }

    private static List<Seen> read(String type, InputStream body) throws IOException {
        return MultipartForm.eachFile(type, body,
                p -> new Seen(p.fields(), p.fileName(), p.contentType(), p.bytes().readAllBytes()));
    }

    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) throws IOException {
            return text("--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        Body file(String header, String type, byte[] bytes) throws IOException {
            text("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; " + header + "\r\nContent-Type: " + type
                    + "\r\n\r\n");
            out.write(bytes);
            return text("\r\n");
        }

        Body text(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        InputStream end() throws IOException {
            text("--XyZ--\r\n");
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void fieldsBeforeTheFileAndTheFileBytesExactly() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // bytes that look like the start of a delimiter must pass through as data
        byte[] tricky = "\r\n--Xy\r\n--XyQ\r".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tricky, 0, file, 1000, tricky.length);
        file[file.length - 1] = '\r';

        List<Seen> seen = read(TYPE, new Body().field("kind", "attachment").field("flavor", "presenter/preview")
                .file("filename=\"a b.png\"", "image/png", file).end());

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).fields()).containsEntry("kind", "attachment").containsEntry("flavor", "presenter/preview");
        assertThat(seen.get(0).fileName()).isEqualTo("a b.png");
        assertThat(seen.get(0).contentType()).isEqualTo("image/png");
        assertThat(seen.get(0).bytes()).isEqualTo(file);
    }

    @Test
    void everyFilePartIsReadWithItsOwnFields() throws IOException {
        byte[] one = "first file".getBytes(StandardCharsets.UTF_8);
        byte[] two = new byte[100_000];
        new Random(2).nextBytes(two);

        List<Seen> seen = read(TYPE, new Body().field("flavor", "presenter/source").field("id", "a")
                .field("mimetype", "video/mp4").file("filename=\"one.mp4\"", "application/octet-stream", one)
                .field("tags", "x").file("filename=\"two.bin\"", "application/octet-stream", two).end());

        assertThat(seen).extracting(Seen::fileName).containsExactly("one.mp4", "two.bin");
        assertThat(seen.get(0).bytes()).isEqualTo(one);
        assertThat(seen.get(1).bytes()).isEqualTo(two);
        assertThat(seen.get(0).fields()).containsOnly(Map.entry("flavor", "presenter/source"), Map.entry("id", "a"),
                Map.entry("mimetype", "video/mp4"));
        // what describes one file is forgotten after it; the rest carries over
        assertThat(seen.get(1).fields()).containsOnly(Map.entry("flavor", "presenter/source"), Map.entry("tags", "x"));
    }

    @Test
    void aSemicolonInAQuotedFileNameAndUtf8NamesAreKept() throws IOException {
        List<Seen> seen = read(TYPE, new Body().file("filename=\"a;b.mp4\"", "video/mp4", new byte[] { 1 })
                .file("filename=\"c; name=d.mp4\"", "video/mp4", new byte[] { 2 })
                .file("filename=\"Übung 1.mp4\"", "video/mp4", new byte[] { 3 }).end());

        assertThat(seen).extracting(Seen::fileName).containsExactly("a;b.mp4", "c; name=d.mp4", "Übung 1.mp4");
    }

    @Test
    void aDelimiterSplitAcrossReadsIsFoundAndCarriageReturnsAreData() throws IOException {
        byte[] file = new byte[200_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 7 == 0 ? '\r' : i % 11 == 0 ? '\n' : i % 13 == 0 ? '-' : 'x');
        }
        InputStream body = new Body().field("kind", "attachment").file("filename=\"x\"", "text/plain", file).end();
        // a client whose bytes arrive a few at a time
        InputStream trickle = new FilterInputStream(body) {
            private int turn;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + turn++ % 7));
            }
        };

        List<Seen> seen = read(TYPE, trickle);

        assertThat(seen.get(0).fields()).containsEntry("kind", "attachment");
        assertThat(seen.get(0).bytes()).isEqualTo(file);
    }

    @Test
    void anEmptyFileIsAFileAndABodyWithoutOneIsRefused() throws IOException {
        assertThat(read(TYPE, new Body().file("filename=\"e\"", "text/plain", new byte[0]).end()).get(0).bytes()).isEmpty();

        assertThatThrownBy(() -> read(TYPE, new Body().field("kind", "track").end()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("MISSING_FILE"));
    }

    @Test
    void fieldsLargerThanTheBudgetAre413() throws IOException {
        InputStream body = new Body().field("title", "x".repeat(40_000)).field("description", "y".repeat(40_000))
                .file("filename=\"f\"", "text/plain", new byte[] { 1 }).end();

        assertThatThrownBy(() -> read(TYPE, body)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        });
    }

    @Test
    void malformedBodiesAre400() {
        byte[] truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8);
        byte[] endlessHeader = ("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\nX: "
                + "y".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        byte[] noDelimiter = "just some text".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(truncated, endlessHeader, noDelimiter)) {
            assertThatThrownBy(() -> read(TYPE, new ByteArrayInputStream(bad))).as(new String(bad, StandardCharsets.UTF_8))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isIn("MALFORMED_MULTIPART", "MISSING_FILE");
                    });
        }
        assertThatThrownBy(() -> read(TYPE, new ByteArrayInputStream(truncated)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_MULTIPART"));
        assertThatThrownBy(() -> read("multipart/form-data", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_MULTIPART"));
    }
}
