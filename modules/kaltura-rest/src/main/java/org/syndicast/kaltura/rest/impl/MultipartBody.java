package org.syndicast.kaltura.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.InvalidFileNameException;
import org.apache.commons.fileupload.MultipartStream;
import org.apache.commons.fileupload.UploadContext;

/**
 * A {@code multipart/form-data} body, streamed with Commons FileUpload: the part {@code json} is a JSON object of
 * parameters (whatever its Content-Type says), other parts without a filename are form parameters (their name
 * nests as in a form), and every part with a filename is a file, copied to a temporary file as it streams by.
 * Part Content-Types and charsets are ignored. The body's size is bounded by the stream the caller passes.
 */
final class MultipartBody {
    private static final int MAX_PARTS = 1000;
    private static final int MAX_FIELDS = 1024 * 1024;

    private MultipartBody() {
    }

    static void parse(String contentType, InputStream body, Map<String, Object> params, Uploads uploads) throws IOException {
        FileUpload upload = new FileUpload();
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        int parts = 0;
        long budget = MAX_FIELDS;
        try {
            FileItemIterator items = upload.getItemIterator(new Context(contentType, body));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (++parts > MAX_PARTS) {
                    throw WireException.malformedMultipart("more than " + MAX_PARTS + " parts");
                }
                String name = item.getFieldName();
                String fileName = fileName(item);
                try (InputStream in = item.openStream()) {
                    if (fileName != null && name != null && !name.isEmpty()) {
                        uploads.add(name, fileName, spool(in));
                    } else if (name != null && !name.isEmpty()) {
                        byte[] value = in.readNBytes((int) budget + 1);
                        budget -= value.length;
                        if (budget < 0) {
                            throw WireException.malformedMultipart("the parameter parts are larger than " + MAX_FIELDS + " bytes");
                        }
                        field(name, Text.decode(value), params);
                    }
                }
            }
        } catch (FileUploadException | MultipartStream.MalformedStreamException e) {
            throw WireException.malformedMultipart(e.getMessage());
        }
    }

    private static void field(String name, String value, Map<String, Object> params) {
        if (name.equals("json")) {
            ParamTree.merge(params, JsonBody.parse(value));
        } else {
            ParamTree.put(params, name, value);
        }
    }

    private static Path spool(InputStream in) throws IOException {
        Path file = Files.createTempFile("kaltura-upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static String fileName(FileItemStream item) {
        try {
            String n = item.getName();
            return n == null || n.isEmpty() ? null : n;
        } catch (InvalidFileNameException e) {
            throw WireException.malformedMultipart("a file name holds a NUL character");
        }
    }

    /** The request as FileUpload reads it; the length is unknown, as for a chunked body. */
    private record Context(String contentType, InputStream in) implements UploadContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return contentType;
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
}
