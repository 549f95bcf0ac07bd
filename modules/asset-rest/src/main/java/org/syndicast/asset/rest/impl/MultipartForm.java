package org.syndicast.asset.rest.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.InvalidFileNameException;
import org.apache.commons.fileupload.MultipartStream;
import org.apache.commons.fileupload.UploadContext;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * A {@code multipart/form-data} body read as a stream with Commons FileUpload's streaming API: no temporary
 * files, every part read in order. Text fields are collected (64 KiB at most in all); each file part is handed
 * to the caller as a stream that ends at its boundary, together with the fields sent before it, so a file of
 * any size passes through a fixed buffer. Fields accumulate (a later one replaces an earlier one of the same
 * name), except those that describe one file ({@link #ONE_FILE}): they are forgotten after the file they precede.
 */
final class MultipartForm {
    /** Fields that describe the one file part they precede. */
    static final Set<String> ONE_FILE = Set.of("id", "fileName", "mimetype", "width", "height");

    private static final int MAX_FIELDS = 64 * 1024;
    private static final int MAX_PARTS = 1000;

    /** One file part: the fields that describe it, its file name and content type from its header, its bytes. */
    record FilePart(Map<String, String> fields, String fileName, String contentType, InputStream bytes) {
    }

    /** Takes one file part; reads its bytes before it returns. */
    @FunctionalInterface
    interface Sink<T> {
        T take(FilePart part) throws IOException;
    }

    private MultipartForm() {
    }

    /**
     * Hands every file part of the body to {@code sink}, in order, and answers what it returned for each.
     *
     * @throws InvalidInputException 400 {@code MALFORMED_MULTIPART} for a body that is not multipart, 400
     *                               {@code MISSING_FILE} when it has no file part, 413 when its fields are too large
     */
    static <T> List<T> eachFile(String contentType, InputStream body, Sink<T> sink) throws IOException {
        FileUpload upload = new FileUpload();
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        List<T> out = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        int budget = MAX_FIELDS;
        int parts = 0;
        try {
            FileItemIterator items = upload.getItemIterator(new Body(contentType, body));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (++parts > MAX_PARTS) {
                    throw new InvalidInputException("PAYLOAD_TOO_LARGE", "More than " + MAX_PARTS + " parts", 413);
                }
                // not closed here: the iterator skips what is left of a part when it moves on
                InputStream in = new Guarded(item.openStream());
                if (item.isFormField()) {
                    byte[] value = in.readNBytes(budget + 1);
                    budget -= value.length;
                    if (budget < 0) {
                        throw new InvalidInputException("PAYLOAD_TOO_LARGE", "The form fields are larger than "
                                + MAX_FIELDS + " bytes", 413);
                    }
                    if (item.getFieldName() != null) {
                        fields.put(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                    }
                } else {
                    out.add(sink.take(new FilePart(Map.copyOf(fields), fileName(item), item.getContentType(), in)));
                    fields.keySet().removeAll(ONE_FILE);
                }
            }
        } catch (FileUploadException | MultipartStream.MalformedStreamException e) {
            throw malformed(e);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("MISSING_FILE", "The multipart body has no file part");
        }
        return out;
    }

    private static String fileName(FileItemStream item) {
        try {
            String name = item.getName();
            return name == null || name.isEmpty() ? null : name;
        } catch (InvalidFileNameException e) {
            throw new InvalidInputException("INVALID_FILE_NAME", "A file name holds a NUL character");
        }
    }

    private static InvalidInputException malformed(Throwable e) {
        return new InvalidInputException("MALFORMED_MULTIPART", "Not a valid multipart/form-data body: " + e.getMessage());
    }

    /** The request as FileUpload reads it; the length is unknown, as it is for a chunked body. */
    private record Body(String contentType, InputStream in) implements UploadContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return contentType == null ? "" : contentType;
        }

        @Override
        @Deprecated
        public int getContentLength() {
            return -1;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }
    }

    /** A part's bytes; a body that breaks off or is not multipart inside a part is a 400, not an I/O failure. */
    private static final class Guarded extends FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (MultipartStream.MalformedStreamException e) {
                throw malformed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (MultipartStream.MalformedStreamException e) {
                throw malformed(e);
            }
        }
    }
}
