package org.syndicast.distribution.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTagsTest {
    private static final String TAG = EntityTags.strong(500, 1_700_000_000_000_000_000L, "(dev=803,ino=42)");

    @Test
    void strongTagIsQuotedAndMadeOfSizeTimeAndKey() {
        assertThat(TAG).startsWith("\"1f4-").endsWith("\"").doesNotStartWith("W/");
        assertThat(EntityTags.strong(500, 1, null)).isEqualTo("\"1f4-1\"");
    }

    @Test
    void tagChangesWithSizeTimeOrFileKey() {
        assertThat(EntityTags.strong(501, 1_700_000_000_000_000_000L, "(dev=803,ino=42)")).isNotEqualTo(TAG);
        assertThat(EntityTags.strong(500, 1_700_000_000_000_000_001L, "(dev=803,ino=42)")).isNotEqualTo(TAG);
        assertThat(EntityTags.strong(500, 1_700_000_000_000_000_000L, "(dev=803,ino=43)")).isNotEqualTo(TAG);
    }

    @Test
    void replacedFileWithSameSizeAndTimeGetsANewTag(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("a.mp4"), new byte[] {1, 2, 3});
        FileTime time = Files.getLastModifiedTime(file);
        String before = FileVersion.of(Files.readAttributes(file, BasicFileAttributes.class)).etag();
        Path replacement = Files.write(dir.resolve("b.mp4"), new byte[] {4, 5, 6});
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        String after = FileVersion.of(Files.readAttributes(file, BasicFileAttributes.class)).etag();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(EntityTags.noneMatchHits(TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("W/" + TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"other\", " + TAG, TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(" * ", TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"other\"", TAG)).isFalse();
    }

    @Test
    void malformedListMatchesNothing() {
        String opaque = TAG.substring(1, TAG.length() - 1);
        assertThat(EntityTags.noneMatchHits(opaque, TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits(TAG + ", \"unterminated", TAG)).isFalse();
    }

    @Test
    void ifRangeComparesStrongly() {
        assertThat(EntityTags.strongMatch(TAG, TAG)).isTrue();
        assertThat(EntityTags.strongMatch("W/" + TAG, TAG)).isFalse();
        assertThat(EntityTags.strongMatch("\"other\"", TAG)).isFalse();
        assertThat(EntityTags.strongMatch(TAG + ", " + TAG, TAG)).isFalse();
    }

    @Test
    void tagsAreToldApartFromDates() {
        assertThat(EntityTags.isTag(TAG)).isTrue();
        assertThat(EntityTags.isTag("W/\"x\"")).isTrue();
        assertThat(EntityTags.isTag("Sun, 06 Nov 1994 08:49:37 GMT")).isFalse();
    }
}
