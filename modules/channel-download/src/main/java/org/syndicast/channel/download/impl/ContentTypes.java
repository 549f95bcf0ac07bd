package org.syndicast.channel.download.impl;

import java.util.Locale;
import java.util.Map;

/**
 * Content types of served files, by file name extension. A small fixed map of the media, image, caption and
 * metadata formats a distribution carries, so the answer never depends on the host's mime configuration.
 * Anything else, HTML and SVG included on purpose (they could run script on this server's origin), is
 * served as {@code application/octet-stream}.
 */
final class ContentTypes {
    static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("m4s", "video/iso.segment"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("aac", "audio/aac"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("ogv", "video/ogg"),
            Map.entry("opus", "audio/opus"),
            Map.entry("flac", "audio/flac"),
            Map.entry("wav", "audio/wav"),
            Map.entry("webm", "video/webm"),
            Map.entry("mkv", "video/x-matroska"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("avi", "video/x-msvideo"),
            Map.entry("ts", "video/mp2t"),
            Map.entry("m3u8", "application/vnd.apple.mpegurl"),
            Map.entry("mpd", "application/dash+xml"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("vtt", "text/vtt"),
            Map.entry("srt", "application/x-subrip"),
            Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /** The content type for {@code fileName}, by its last extension, case-insensitive. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }
}
