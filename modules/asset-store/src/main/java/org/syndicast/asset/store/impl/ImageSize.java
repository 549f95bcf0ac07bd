package org.syndicast.asset.store.impl;

import java.util.Optional;

/**
 * Width and height of PNG, GIF and JPEG images, read from the first bytes of the file (no decoder, no
 * image library): cheap enough to do for every attachment while it streams in.
 */
final class ImageSize {
    private ImageSize() {
    }

    /** {width, height} if {@code head} starts a PNG, GIF or JPEG whose size it holds. */
    static Optional<int[]> of(byte[] head) {
        if (head.length >= 24 && u8(head, 0) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return size(u32(head, 16), u32(head, 20));
        }
        if (head.length >= 10 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
            return size(u8(head, 6) | u8(head, 7) << 8, u8(head, 8) | u8(head, 9) << 8);
        }
        if (head.length >= 4 && u8(head, 0) == 0xFF && u8(head, 1) == 0xD8) {
            return jpeg(head);
        }
        return Optional.empty();
    }

    /** Walks the JPEG markers to the first start-of-frame, which carries the size. */
    private static Optional<int[]> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if (u8(b, i) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = u8(b, i + 2) << 8 | u8(b, i + 3);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                return size(u8(b, i + 7) << 8 | u8(b, i + 8), u8(b, i + 5) << 8 | u8(b, i + 6));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<int[]> size(long width, long height) {
        return width > 0 && height > 0 && width < 1 << 20 && height < 1 << 20
                ? Optional.of(new int[] { (int) width, (int) height }) : Optional.empty();
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static long u32(byte[] b, int i) {
        return (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
    }
}
