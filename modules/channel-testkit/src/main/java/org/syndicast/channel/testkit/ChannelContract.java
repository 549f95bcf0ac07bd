package org.syndicast.channel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

/**
 * What every {@link DistributionService} promises, checked against the channel's real local peer (a directory, an
 * FTP/SFTP server, an S3 endpoint). A channel module's test extends it, starts its peer, and says how to read back
 * what was placed there. Channel-specific behaviour is tested beside it.
 */
public abstract class ChannelContract {
    public static final Publication PUBLICATION = new Publication("default", "engage-player", "mp-1");

    @TempDir
    protected Path temp;

    /** The channel under test, configured against its peer; made fresh for each test. */
    protected abstract DistributionService channel() throws Exception;

    /** The bytes the peer holds for one element's file, or empty when it holds none. */
    protected abstract Optional<byte[]> placed(Publication publication, String elementId, String fileName)
            throws Exception;

    /** The names of everything the peer holds for the publication (files or keys), temporary ones included. */
    protected abstract List<String> storedNames(Publication publication) throws Exception;

    public static MediaPackageElement element(String id) {
        return new MediaPackageElement(ElementKind.TRACK, id, "presenter/delivery", "track:source-" + id, "video/mp4",
                List.of("engage"), URI.create("file:///inbox/" + id + ".mp4"), null, null, null, List.of());
    }

    @Test
    void distributePlacesTheSameBytesAndChangesOnlyTheUrl() throws Exception {
        TestContent content = TestContent.random("video.mp4", 300_000, 1);

        MediaPackageElement result = channel().distribute(PUBLICATION, element("track-1"), content);

        assertThat(placed(PUBLICATION, "track-1", "video.mp4")).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(content.bytes()));
        assertThat(result.url()).isNotNull();
        assertThat(result.url().toString()).endsWith("/default/engage-player/mp-1/track-1/video.mp4");
        assertThat(result.withUrl(null)).isEqualTo(element("track-1").withUrl(null));
        assertThat(storedNames(PUBLICATION)).hasSize(1);
    }

    @Test
    void aLocalFileArrivesWhole() throws Exception {
        byte[] bytes = TestContent.randomBytes(500_000, 7);
        Path source = Files.write(temp.resolve("lecture.mp4"), bytes);

        channel().distribute(PUBLICATION, element("track-1"), new FileContent(source, "lecture.mp4"));

        assertThat(placed(PUBLICATION, "track-1", "lecture.mp4")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void aFileNameIsPercentEncodedInTheUrl() throws Exception {
        MediaPackageElement result = channel().distribute(PUBLICATION, element("track-1"),
                TestContent.random("my video+ä.mp4", 100, 3));

        assertThat(result.url().toString()).endsWith("/track-1/my%20video%2B%C3%A4.mp4");
        assertThat(placed(PUBLICATION, "track-1", "my video+ä.mp4")).isPresent();
    }

    @Test
    void distributeReplacesAnEarlierVersion() throws Exception {
        DistributionService channel = channel();
        channel.distribute(PUBLICATION, element("track-1"), TestContent.random("video.mp4", 5000, 1));
        TestContent second = TestContent.random("video.mp4", 1234, 2);

        channel.distribute(PUBLICATION, element("track-1"), second);

        assertThat(placed(PUBLICATION, "track-1", "video.mp4")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(second.bytes()));
        assertThat(storedNames(PUBLICATION)).hasSize(1);
    }

    @Test
    void retractRemovesThatElementOnly() throws Exception {
        DistributionService channel = channel();
        channel.distribute(PUBLICATION, element("track-1"), TestContent.random("a.mp4", 1000, 1));
        MediaPackageElement second = channel.distribute(PUBLICATION, element("track-2"),
                TestContent.random("b.mp4", 1000, 2));

        channel.retract(PUBLICATION, element("track-1"));

        assertThat(placed(PUBLICATION, "track-1", "a.mp4")).isEmpty();
        assertThat(placed(PUBLICATION, "track-2", "b.mp4")).isPresent();
        channel.retract(PUBLICATION, second);
        assertThat(storedNames(PUBLICATION)).isEmpty();
    }

    @Test
    void retractOfWhatIsAlreadyGoneSucceeds() throws Exception {
        DistributionService channel = channel();
        channel.retract(PUBLICATION, element("track-9"));
        channel.distribute(PUBLICATION, element("track-1"), TestContent.random("a.mp4", 10, 1));
        channel.retract(PUBLICATION, element("track-1"));
        channel.retract(PUBLICATION, element("track-1"));

        assertThat(storedNames(PUBLICATION)).isEmpty();
    }

    @Test
    void aSourceThatBreaksIsRetryableAndLeavesNothing() throws Exception {
        TestContent broken = TestContent.random("a.mp4", 200_000, 1).failingAfter(150_000);

        assertThatThrownBy(() -> channel().distribute(PUBLICATION, element("track-1"), broken))
                .isInstanceOfSatisfying(DistributionException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(storedNames(PUBLICATION)).isEmpty();
    }

    @Test
    void anInvalidFileNameIsAPermanentFailure() throws Exception {
        assertThatThrownBy(() -> channel().distribute(PUBLICATION, element("track-1"),
                TestContent.random("../escape.mp4", 10, 1)))
                .isInstanceOfSatisfying(DistributionException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(storedNames(PUBLICATION)).isEmpty();
    }
}
