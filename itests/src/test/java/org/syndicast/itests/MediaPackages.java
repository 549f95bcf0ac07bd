package org.syndicast.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Test media: random files in the server's inbox and media package documents that point at them. */
final class MediaPackages {
    private MediaPackages() {
    }

    /** A file of {@code size} random bytes, made without holding it whole in memory. */
    static Path randomFile(Path file, long size, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        byte[] buf = new byte[1 << 16];
        try (var out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                random.nextBytes(buf);
                int n = (int) Math.min(buf.length, left);
                out.write(buf, 0, n);
                left -= n;
            }
        }
        return file;
    }

    /** A media package with one track per given URL, ids track-1, track-2, ... */
    static String withTracks(String id, String... urls) {
        StringBuilder sb = new StringBuilder("<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"")
                .append(id).append("\" start=\"2026-11-14T22:13:20Z\" duration=\"3600000\"><title>Lecture &amp; more</title><media>");
        for (int i = 0; i < urls.length; i++) {
            sb.append("<track id=\"track-").append(i + 1).append("\" type=\"presenter/delivery\" ref=\"track:source-")
                    .append(i + 1).append("\"><mimetype>video/mp4</mimetype><tags><tag>engage-download</tag></tags><url>")
                    .append(urls[i]).append("</url><duration>3600000</duration>")
                    .append("<video id=\"video-1\"><device/><encoder type=\"H.264\"/><framerate>25.0</framerate>")
                    .append("<resolution>1280x720</resolution></video></track>");
        }
        return sb.append("</media></mediapackage>").toString();
    }
}
