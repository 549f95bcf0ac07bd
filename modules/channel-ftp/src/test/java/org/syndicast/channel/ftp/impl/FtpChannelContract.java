package org.syndicast.channel.ftp.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syndicast.channel.testkit.ChannelContract;
import org.syndicast.channel.testkit.TestContent;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

/**
 * The shared {@link ChannelContract} and what the FTP channel promises beyond it, checked against a real server of
 * each protocol: one subclass per protocol starts the server and says how to configure the channel for it.
 */
abstract class FtpChannelContract extends ChannelContract {
    Path root;
    FtpDistributionService service;

    abstract void startServer(Path root) throws Exception;

    abstract void restartServer() throws Exception;

    abstract void stopServer() throws Exception;

    abstract FtpChannelConfig config(Object... more) throws Exception;

    abstract int logins();

    /** Configuration overrides with credentials the server refuses. */
    Object[] badCredentials() throws Exception {
        return new Object[] { "_password", "wrong-password" };
    }

    /** Makes uploads slow enough to cut one off in the middle. */
    abstract void slowUploads() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(temp.resolve("server-root"));
        startServer(root);
        service = new FtpDistributionService(config());
    }

    @AfterEach
    void tearDown() throws Exception {
        service.deactivate();
        stopServer();
    }

    @Override
    protected DistributionService channel() {
        return service;
    }

    @Override
    protected Optional<byte[]> placed(Publication publication, String elementId, String fileName) throws IOException {
        Path file = root.resolve(publication.organization()).resolve(publication.channelId())
                .resolve(publication.mediaPackageId()).resolve(elementId).resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    protected List<String> storedNames(Publication publication) throws IOException {
        Path dir = root.resolve(publication.organization()).resolve(publication.channelId())
                .resolve(publication.mediaPackageId());
        return Files.isDirectory(dir) ? files(dir).stream().map(Path::toString).toList() : List.of();
    }

    Path published(String elementId, String file) {
        return root.resolve("default/engage-player/mp-1").resolve(elementId).resolve(file);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theElementsOfAJobShareOneLogin() throws Exception {
        int before = logins();
        for (int i = 1; i <= 3; i++) {
            service.distribute(PUBLICATION, element("track-" + i), TestContent.random("v.mp4", 1000, i));
        }
        assertThat(logins() - before).isEqualTo(1);
    }

    @Test
    void retractRemovesTheElementAndTheDirectoriesItLeavesEmpty() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.random("a.mp4", 1000, 1));
        service.distribute(PUBLICATION, element("track-2"), TestContent.random("b.mp4", 1000, 2));

        service.retract(PUBLICATION, element("track-1"));
        assertThat(published("track-1", "a.mp4").getParent()).doesNotExist();
        assertThat(published("track-2", "b.mp4")).exists();

        service.retract(PUBLICATION, element("track-2"));
        assertThat(root.resolve("default")).doesNotExist();
        assertThat(root).exists();
    }

    @Test
    void availabilityComparesTheSizeOnTheServer() throws Exception {
        MediaPackageElement placed = service.distribute(PUBLICATION, element("track-1"),
                TestContent.random("a.mp4", 4000, 1));
        assertThat(service.isAvailable(PUBLICATION, placed, url -> false)).isTrue();

        Files.write(published("track-1", "a.mp4"), new byte[10]);
        assertThat(service.isAvailable(PUBLICATION, placed.withoutRef(), url -> false)).isTrue(); // no size known now
        MediaPackageElement declared = new MediaPackageElement(placed.kind(), placed.id(), placed.flavor(), null,
                placed.mimetype(), placed.tags(), placed.url(), 4000L, null, null, List.of());
        assertThat(service.isAvailable(PUBLICATION, declared, url -> false)).isFalse();
        Files.delete(published("track-1", "a.mp4"));
        assertThat(service.isAvailable(PUBLICATION, placed, url -> false)).isFalse();
    }

    @Test
    void badCredentialsFailPermanentlyAndSaySo() throws Exception {
        service.modified(config(badCredentials()));

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"), TestContent.random("a", 10, 1)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("AUTH_FAILED");
                    assertThat(e.getMessage()).contains("refused the login").doesNotContain("wrong-password");
                });
    }

    @Test
    void aServerThatIsDownIsRetryableAndReusedSessionsRecoverWhenItIsBack() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.random("a.mp4", 10, 1));
        stopServer();

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-2"), TestContent.random("b", 10, 2)))
                .isInstanceOfSatisfying(DistributionException.class, e -> assertThat(e.retryable()).isTrue());

        restartServer();
        service.distribute(PUBLICATION, element("track-2"), TestContent.random("b.mp4", 10, 2));
        assertThat(published("track-2", "b.mp4")).exists();
    }

    @Test
    void aTransferCutOffMidwayIsRetryableAndLeavesNothingUnderTheFinalName() throws Exception {
        slowUploads();
        TestContent big = TestContent.random("big.mp4", 4_000_000, 3);
        CompletableFuture<MediaPackageElement> running = CompletableFuture.supplyAsync(() -> {
            try {
                return service.distribute(PUBLICATION, element("track-1"), big);
            } catch (DistributionException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Thread.sleep(700);
        stopServer();

        assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(DistributionException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(published("track-1", "big.mp4")).doesNotExist();
    }

    @Test
    void aSourceThatBreaksLeavesNoTemporaryFile() throws Exception {
        TestContent broken = TestContent.random("a.mp4", 2_000_000, 1).failingAfter(1_500_000);

        assertThatThrownBy(() -> service.distribute(PUBLICATION, element("track-1"), broken))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.code()).isEqualTo("SOURCE_IO");
                });
        assertThat(files(root)).isEmpty();
    }

    @Test
    void aChangedConfigurationAppliesToTheNextElement() throws Exception {
        service.distribute(PUBLICATION, element("track-1"), TestContent.random("a.mp4", 10, 1));

        service.modified(config("base_path", "incoming/media"));
        service.distribute(PUBLICATION, element("track-2"), TestContent.random("b.mp4", 10, 2));

        assertThat(root.resolve("incoming/media/default/engage-player/mp-1/track-2/b.mp4")).exists();
    }

    @Test
    void aPublicUrlIsTheBaseOfDistributedUrls() throws Exception {
        service.modified(config("public_url", "https://cdn.example.org/media/", "base_path", "/pub"));

        MediaPackageElement result = service.distribute(PUBLICATION, element("track-1"),
                TestContent.random("my video.mp4", 10, 1));

        assertThat(result.url()).hasToString("https://cdn.example.org/media/default/engage-player/mp-1/track-1/my%20video.mp4");
        assertThat(root.resolve("pub/default/engage-player/mp-1/track-1/my video.mp4")).exists();
    }
}
