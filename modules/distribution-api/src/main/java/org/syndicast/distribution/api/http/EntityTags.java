package org.syndicast.distribution.api.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags (RFC 9110, section 8.8.3) of served files and their comparison with request headers.
 *
 * <p>A file's tag is strong and made of its size, its modification time in nanoseconds and, where the file
 * system has one, its file key (device and inode). The key matters here: a hard-linked publication keeps
 * its source's modification time, so two different sources of equal size and time would otherwise share a
 * tag, while each publication replaces the file by renaming a new inode over it.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong tag, quoted, e.g. {@code "1f4-17c5a3e2d1f00000-3a9b12c4"}. */
    public static String strong(long size, long modifiedNanos, Object fileKey) {
        StringBuilder tag = new StringBuilder("\"")
                .append(Long.toHexString(size)).append('-')
                .append(Long.toHexString(modifiedNanos));
        if (fileKey != null) {
            tag.append('-').append(Long.toHexString(fnv1a(fileKey.toString())));
        }
        return tag.append('"').toString();
    }

    /**
     * Whether an {@code If-None-Match} value lists {@code tag} or is {@code *}; weak comparison, as that header
     * asks. A malformed list matches nothing, so the client gets the full answer.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = opaque(tag);
        for (Tag listed : parseList(ifNoneMatch)) {
            if (listed.opaque().equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code If-Range} value is exactly {@code tag}: strong comparison, a weak tag never matches. */
    public static boolean strongMatch(String ifRange, String tag) {
        List<Tag> listed = parseList(ifRange);
        return listed.size() == 1 && !listed.get(0).weak() && listed.get(0).opaque().equals(opaque(tag));
    }

    /** Whether {@code value} looks like an entity tag rather than an HTTP date. */
    public static boolean isTag(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("\"") || trimmed.startsWith("W/");
    }

    /** The tags of a comma-separated list; empty when the list is malformed. */
    private static List<Tag> parseList(String header) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = open < n && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
            if (close < 0) {
                return List.of();
            }
            tags.add(new Tag(weak, header.substring(open + 1, close)));
            i = close + 1;
        }
        return tags;
    }

    private static String opaque(String quotedTag) {
        return quotedTag.substring(1, quotedTag.length() - 1);
    }

    /** One listed entity tag: whether it was weak, and its opaque text without the quotes. */
    private record Tag(boolean weak, String opaque) {
    }

    /** FNV-1a, 64 bit: a stable, well-spread digest of the file key's text. */
    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
