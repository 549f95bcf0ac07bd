package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.syndicast.distribution.core.impl.MediaPackages.track;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

/** A distribution through a channel is all-or-nothing. */
class ChannelExecutionTest {
    private static final Publication PUBLICATION = new Publication("default", "engage-player", "mp-1");
    private static final AvailabilityProbe ANSWERS = url -> true;
    private static final AvailabilityProbe NEVER_ASKED = url -> fail("the probe was asked about " + url);

    private final FakeChannel channel = new FakeChannel();
    private final MediaPackageElement a = track("a", "file:///inbox/a.mp4");
    private final MediaPackageElement b = track("b", "file:///inbox/b.mp4");
    private final MediaPackageElement c = track("c", "file:///inbox/c.mp4");

    @Test
    void everyElementIsPlacedInOrderAndComesBackWithItsNewUrl() throws Exception {
        List<MediaPackageElement> done = distribute(List.of(a, b), true, true, ANSWERS);

        assertThat(channel.distributedIds()).containsExactly("a", "b");
        assertThat(done).extracting(MediaPackageElement::url).containsExactly(
                URI.create("http://cdn.test/engage-player/mp-1/a/a.mp4"), URI.create("http://cdn.test/engage-player/mp-1/b/b.mp4"));
        assertThat(done.get(0).withUrl(a.url())).isEqualTo(a);
        assertThat(channel.retracted).isEmpty();
    }

    @Test
    void whenTheSecondElementFailsTheFirstIsTakenBackAndTheFailureRethrown() {
        DistributionException failure = DistributionException.permanent("ACCESS_DENIED", "no", null);
        channel.failNext("b", failure);

        assertThatThrownBy(() -> distribute(List.of(a, b, c), false, true, NEVER_ASKED)).isSameAs(failure);

        assertThat(channel.distributedIds()).containsExactly("a", "b");
        assertThat(channel.retractedUrls()).containsExactly(URI.create("http://cdn.test/engage-player/mp-1/a/a.mp4"));
    }

    @Test
    void elementsAlreadyPlacedAreTakenBackNewestFirst() {
        channel.failNext("c", DistributionException.transientFailure("TARGET_DOWN", "down", null));

        assertThatThrownBy(() -> distribute(List.of(a, b, c), false, true, NEVER_ASKED))
                .isInstanceOf(DistributionException.class);

        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("b", "a");
    }

    @Test
    void anUncheckedFailureAlsoTakesBackWhatWasPlaced() {
        IllegalStateException failure = new IllegalStateException("bug in channel");
        channel.failNext("b", failure);

        assertThatThrownBy(() -> distribute(List.of(a, b), false, true, NEVER_ASKED)).isSameAs(failure);

        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("a");
    }

    @Test
    void aSourceThatCannotBeReadTakesBackWhatWasPlaced() {
        InvalidInputException gone = new InvalidInputException("SOURCE_NOT_FOUND", "b vanished");
        Function<MediaPackageElement, ElementContent> contents = e -> {
            if (e.id().equals("b")) {
                throw gone;
            }
            return content(e);
        };

        assertThatThrownBy(() -> ChannelExecution.distribute(channel, PUBLICATION, List.of(a, b), contents, false, true,
                NEVER_ASKED)).isSameAs(gone);

        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("a");
    }

    @Test
    void aFailingUndoDoesNotHideTheOriginalFailure() {
        DistributionException failure = DistributionException.permanent("ACCESS_DENIED", "no", null);
        channel.failNext("c", failure).failingRetract();

        assertThatThrownBy(() -> distribute(List.of(a, b, c), false, true, NEVER_ASKED)).isSameAs(failure);

        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("b", "a");
    }

    @Test
    void anElementThatDoesNotAnswerIsATransientNotAvailableAndIsTakenBack() {
        List<URI> asked = new java.util.ArrayList<>();
        AvailabilityProbe silent = url -> {
            asked.add(url);
            return false;
        };

        assertThatThrownBy(() -> distribute(List.of(a, b), true, true, silent)).isInstanceOfSatisfying(
                DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_AVAILABLE");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("'a'", "http://cdn.test/engage-player/mp-1/a/a.mp4");
                });

        assertThat(asked).containsExactly(URI.create("http://cdn.test/engage-player/mp-1/a/a.mp4"));
        assertThat(channel.distributedIds()).containsExactly("a");
        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("a");
    }

    @Test
    void availabilityIsCheckedOnlyWhenAskedFor() throws Exception {
        assertThat(distribute(List.of(a, b), false, true, NEVER_ASKED)).hasSize(2);
    }

    @Test
    void withoutPreserveReferenceTheRefIsStripped() throws Exception {
        List<MediaPackageElement> done = distribute(List.of(a, b), false, false, NEVER_ASKED);

        assertThat(done).extracting(MediaPackageElement::ref).containsOnlyNulls();
        assertThat(done).extracting(MediaPackageElement::flavor).containsOnly("presenter/source");
    }

    @Test
    void withPreserveReferenceTheRefIsKept() throws Exception {
        List<MediaPackageElement> done = distribute(List.of(a, b), false, true, NEVER_ASKED);

        assertThat(done).extracting(MediaPackageElement::ref).containsExactly("track:source-a", "track:source-b");
    }

    @Test
    void retractTakesDownEveryElementAndReturnsThem() throws Exception {
        List<MediaPackageElement> done = ChannelExecution.retract(channel, PUBLICATION, List.of(a, b));

        assertThat(done).containsExactly(a, b);
        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("a", "b");
        assertThat(channel.distributed).isEmpty();
    }

    private List<MediaPackageElement> distribute(List<MediaPackageElement> elements, boolean check, boolean keepRef,
            AvailabilityProbe probe) throws DistributionException {
        return ChannelExecution.distribute(channel, PUBLICATION, elements, ChannelExecutionTest::content, check, keepRef,
                probe);
    }

    private static ElementContent content(MediaPackageElement e) {
        String name = e.url().getPath().substring(e.url().getPath().lastIndexOf('/') + 1);
        return new ElementContent() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public Optional<Path> localFile() {
                return Optional.empty();
            }

            @Override
            public OptionalLong size() {
                return OptionalLong.of(0);
            }

            @Override
            public String fileName() {
                return name;
            }
        };
    }
}
