package org.syndicast.channel.download.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.channel.testkit.TestContent;

class DownloadDistributionServiceTest {
    private static final Publication PUBLICATION = new Publication("default", "engage-player", "mp-1");
    private static final byte[] BYTES = "some media bytes".getBytes(UTF_8);

    @TempDir
    Path temp;
    Path root;
    DownloadDistributionService service;

    @BeforeEach
    void setUp() {
        root = temp.resolve("downloads");
        service = new DownloadDistributionService(TestConfig.at(root));
    }

    @Test
    void distributeOfLocalFileHardLinksIt() throws Exception {
        Path source = Files.write(temp.resolve("source.mp4"), BYTES);

        service.distribute(PUBLICATION, element("track-1"), TestContent.ofFile("video.mp4", source));

        Path published = root.resolve("default/engage-player/mp-1/track-1/video.mp4");
        assertThat(Files.isSameFile(published, source)).isTrue();
        assertThat(Files.getAttribute(published, "unix:ino")).isEqualTo(Files.getAttribute(source, "unix:ino"));
        assertThat(Files.readAllBytes(published)).isEqualTo(BYTES);
    }

    @Test
    void distributeOfLocalFileOnAnotherFileSystemCopiesIt() throws Exception {
        Path shm = Path.of("/dev/shm");
        Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(temp)), "needs a second file system");
        Path source = Files.createTempFile(shm, "syndicast-test", ".mp4");
        try {
            Files.write(source, BYTES);

            service.distribute(PUBLICATION, element("track-1"), TestContent.ofFile("video.mp4", source));

            Path published = root.resolve("default/engage-player/mp-1/track-1/video.mp4");
            assertThat(published).hasBinaryContent(BYTES);
            assertThat(Files.isSameFile(published, source)).isFalse();
        } finally {
            Files.deleteIfExists(source);
        }
    }

    @Test
    void distributeOfStreamCopiesTheBytes() throws Exception {
        byte[] large = new byte[3 * ElementFileWriter.COPY_BUFFER_BYTES + 17];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }

        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", large));

        assertThat(Files.readAllBytes(root.resolve("default/engage-player/mp-1/track-1/video.mp4"))).isEqualTo(large);
        assertThat(elementDirectoryEntries("track-1")).containsExactly("video.mp4");
    }

    @Test
    void distributeReturnsTheElementWithOnlyItsUrlChanged() throws Exception {
        MediaPackageElement input = element("track-1");

        MediaPackageElement published = service.distribute(PUBLICATION, input,
                TestContent.ofBytes("video.mp4", BYTES));

        assertThat(published.url())
                .isEqualTo(URI.create("http://localhost:8181/static/default/engage-player/mp-1/track-1/video.mp4"));
        assertThat(published.withUrl(input.url())).isEqualTo(input);
    }

    @Test
    void distributedUrlPercentEncodesEverySegment() throws Exception {
        service.modified(TestConfig.at(root).withUrl("https://cdn.example.org/media/"));
        Publication publication = new Publication("org one", "ch+1", "mp#?");

        MediaPackageElement published = service.distribute(publication, element("tr%ck"),
                TestContent.ofBytes("Vorlesung ä 1.mp4", BYTES));

        assertThat(published.url().toString()).isEqualTo(
                "https://cdn.example.org/media/org%20one/ch%2B1/mp%23%3F/tr%25ck/Vorlesung%20%C3%A4%201.mp4");
        assertThat(root.resolve("org one/ch+1/mp#?/tr%ck/Vorlesung ä 1.mp4")).hasBinaryContent(BYTES);
    }

    @Test
    void distributeReplacesAnEarlierPublicationOfTheElement() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));
        byte[] second = "second version".getBytes(UTF_8);

        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", second));

        assertThat(root.resolve("default/engage-player/mp-1/track-1/video.mp4")).hasBinaryContent(second);
        assertThat(elementDirectoryEntries("track-1")).containsExactly("video.mp4");
    }

    @Test
    void republishingThePublishedFileItselfLeavesNoTemporaryFile() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));
        Path published = root.resolve("default/engage-player/mp-1/track-1/video.mp4");

        service.distribute(PUBLICATION, element("track-1"), TestContent.ofFile("video.mp4", published));

        assertThat(published).hasBinaryContent(BYTES);
        assertThat(elementDirectoryEntries("track-1")).containsExactly("video.mp4");
    }

    @Test
    void brokenSourceLeavesNeitherTemporaryNorFinalFile() {
        byte[] large = new byte[2 * ElementFileWriter.COPY_BUFFER_BYTES];

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"),
                TestContent.failing("video.mp4", large, ElementFileWriter.COPY_BUFFER_BYTES + 5)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("TARGET_IO");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(elementDirectoryEntries("track-1")).isEmpty();
    }

    @Test
    void sizeDifferentFromTheAnnouncedOneIsNotPublished() {
        TestContent content = TestContent.ofBytes("video.mp4", BYTES).withSize(OptionalLong.of(BYTES.length + 1));

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"), content))
                .isInstanceOfSatisfying(DistributionException.class,
                        e -> assertThat(e.code()).isEqualTo("SIZE_MISMATCH"));
        assertThat(elementDirectoryEntries("track-1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b", "a\\b", "c:x", "", "nul\u0000", ".hidden.mp4"})
    void invalidFileNamesAreRefusedPermanently(String fileName) {
        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"),
                TestContent.ofBytes(fileName, BYTES)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_SEGMENT");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(root.resolve("default")).doesNotExist();
    }

    @Test
    void invalidElementIdIsRefusedPermanently() {
        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("../x"), TestContent.ofBytes("a.mp4", BYTES)))
                .isInstanceOfSatisfying(DistributionException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_SEGMENT"));
    }

    @Test
    void directoryThatCannotBeCreatedIsAPermanentFailure() throws Exception {
        Path blocker = Files.write(temp.resolve("a-file"), BYTES);
        service.modified(TestConfig.at(blocker.resolve("downloads")));

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"),
                TestContent.ofBytes("video.mp4", BYTES)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("TARGET_NOT_WRITABLE");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void symbolicLinkInTheTreeIsNeverWrittenThrough() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("default"), outside);

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"),
                TestContent.ofBytes("video.mp4", BYTES)))
                .isInstanceOfSatisfying(DistributionException.class,
                        e -> assertThat(e.code()).isEqualTo("TARGET_PATH_UNSAFE"));
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void retractRemovesTheElementDirectoryAndIsIdempotent() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));

        service.retract(PUBLICATION, element("track-1"));
        service.retract(PUBLICATION, element("track-1"));

        assertThat(root.resolve("default/engage-player/mp-1/track-1")).doesNotExist();
    }

    @Test
    void retractWhenNothingWasEverPublishedSucceeds() throws Exception {
        service.retract(PUBLICATION, element("track-1"));

        assertThat(root).doesNotExist();
    }

    @Test
    void retractPrunesEmptyParentsUpToTheDirectoryButKeepsSiblings() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));
        service.distribute(PUBLICATION, element("track-2"), TestContent.ofBytes("audio.mp3", BYTES));
        Publication other = new Publication("default", "engage-player", "mp-2");
        service.distribute(other, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));

        service.retract(PUBLICATION, element("track-1"));
        assertThat(root.resolve("default/engage-player/mp-1/track-2/audio.mp3")).exists();

        service.retract(PUBLICATION, element("track-2"));
        assertThat(root.resolve("default/engage-player/mp-1")).doesNotExist();
        assertThat(root.resolve("default/engage-player/mp-2/track-1/video.mp4")).exists();

        service.retract(other, element("track-1"));
        assertThat(root).exists().isEmptyDirectory();
    }

    @Test
    void retractDeletesLinksInsideTheElementDirectoryButNotTheirTargets() throws Exception {
        Path outsideFile = Files.write(temp.resolve("precious.txt"), BYTES);
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));
        Files.createSymbolicLink(root.resolve("default/engage-player/mp-1/track-1/link"), outsideFile);

        service.retract(PUBLICATION, element("track-1"));

        assertThat(outsideFile).hasBinaryContent(BYTES);
        assertThat(root.resolve("default")).doesNotExist();
    }

    @Test
    void retractNeverFollowsALinkedElementDirectory() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.write(outside.resolve("precious.txt"), BYTES);
        Path publicationDir = Files.createDirectories(root.resolve("default/engage-player/mp-1"));
        Files.createSymbolicLink(publicationDir.resolve("track-1"), outside);

        assertThatThrownBy(() -> service.retract(PUBLICATION, element("track-1")))
                .isInstanceOfSatisfying(DistributionException.class,
                        e -> assertThat(e.code()).isEqualTo("TARGET_PATH_UNSAFE"));
        assertThat(outside.resolve("precious.txt")).exists();
    }

    @Test
    void distributeRecreatesDirectoriesPrunedByAConcurrentRetract() throws Exception {
        // the state a concurrent retract of a sibling leaves: the publication directory is gone
        service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("video.mp4", BYTES));
        service.retract(PUBLICATION, element("track-1"));

        service.distribute(PUBLICATION, element("track-2"), TestContent.ofBytes("video.mp4", BYTES));

        assertThat(root.resolve("default/engage-player/mp-1/track-2/video.mp4")).hasBinaryContent(BYTES);
    }

    @Test
    void concurrentRetractOfASiblingNeverBreaksADistribution() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 200; i++) {
                service.distribute(PUBLICATION, element("sibling"), TestContent.ofBytes("a.mp4", BYTES));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<MediaPackageElement> distributed = pool.submit(() -> {
                    start.await();
                    return service.distribute(PUBLICATION, element("track-1"), TestContent.ofBytes("v.mp4", BYTES));
                });
                Future<?> retracted = pool.submit(() -> {
                    start.await();
                    service.retract(PUBLICATION, element("sibling"));
                    return null;
                });
                retracted.get(10, TimeUnit.SECONDS);
                assertThat(distributed.get(10, TimeUnit.SECONDS).url()).isNotNull();
                assertThat(root.resolve("default/engage-player/mp-1/track-1/v.mp4")).hasBinaryContent(BYTES);
                service.retract(PUBLICATION, element("track-1"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> elementDirectoryEntries(String elementId) {
        Path dir = root.resolve("default/engage-player/mp-1").resolve(elementId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MediaPackageElement element(String id) {
        return new MediaPackageElement(ElementKind.TRACK, id, "presenter/delivery", null, "video/mp4",
                List.of("engage-download"), URI.create("file:///srv/inbox/source.mp4"), null, null, null, null);
    }
}
