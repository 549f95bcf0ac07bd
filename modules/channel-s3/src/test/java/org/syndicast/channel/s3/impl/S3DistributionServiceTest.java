package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.channel.testkit.TestContent;
import org.syndicast.channel.testkit.FileContent;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

class S3DistributionServiceTest {
    private static final Publication PUB = new Publication("default", "engage-player", "mp-1");
    private static final String BASE = "http://127.0.0.1:9/media";

    @TempDir
    Path dir;
    private final FakeS3 s3 = new FakeS3();


    private S3Target target(S3Settings settings) {
        return target(settings, s3);
    }

    private static S3Target target(S3Settings settings, FakeS3 fake) {
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        return new S3Target(settings, fake, presigner);
    }

    private static MediaPackageElement track(String id, URI url) {
        return new MediaPackageElement(ElementKind.TRACK, id, "presenter/delivery", null, "video/mp4", List.of("t"), url,
                null, null, null, List.of());
    }

    private Path file(String name) throws Exception {
        return Files.write(dir.resolve(name), TestContent.randomBytes(1000, name.hashCode()));
    }

    @Test
    void distributeAnswersThePublicUrlOfTheKeyAndChangesNothingElse() throws Exception {
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.local()), this::target);
        Path file = file("talk.mp4");
        MediaPackageElement element = track("track-1", file.toUri());

        MediaPackageElement published = service.distribute(PUB, element, FileContent.of(file));

        assertThat(published.url()).hasToString(BASE + "/default/engage-player/mp-1/track-1/talk.mp4");
        assertThat(published.withUrl(element.url())).isEqualTo(element);
        assertThat(s3.objects).containsKey("default/engage-player/mp-1/track-1/talk.mp4");
        assertThat(s3.puts.get(0).contentType()).isEqualTo("video/mp4");
    }

    @Test
    void retractRemovesTheElementsObjectsWhicheverUrlItCarriesAndTwiceIsFine() throws Exception {
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.local()), this::target);
        Path file = file("talk.mp4");
        service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file));
        service.distribute(PUB, track("track-2", file.toUri()), FileContent.of(file));

        service.retract(PUB, track("track-1", file.toUri()));
        service.retract(PUB, track("track-1", file.toUri()));

        assertThat(s3.objects).containsOnlyKeys("default/engage-player/mp-1/track-2/talk.mp4");
    }

    @Test
    void retractFindsAnObjectByItsUrlAfterThePrefixChanged() throws Exception {
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.local("key_prefix", "old")),
                this::target);
        Path file = file("talk.mp4");
        MediaPackageElement published = service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file));
        assertThat(s3.objects).containsOnlyKeys("old/default/engage-player/mp-1/track-1/talk.mp4");

        service.modified(TestConfig.local("key_prefix", "new"));
        service.retract(PUB, published);

        assertThat(s3.objects).isEmpty();
    }

    @Test
    void presignedUrlsCarryASignatureAndRetractReadsTheirKey() throws Exception {
        S3DistributionService service = new S3DistributionService(
                S3Settings.from(TestConfig.local("presign", true, "presign_validity_seconds", 60L)), this::target);
        Path file = file("talk.mp4");

        MediaPackageElement published = service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file));

        assertThat(published.url().toString()).startsWith(BASE + "/default/engage-player/mp-1/track-1/talk.mp4?")
                .contains("X-Amz-Signature=").contains("X-Amz-Expires=60");
        service.retract(PUB, published);
        assertThat(s3.objects).isEmpty();
    }

    @Test
    void anUnconfiguredChannelFailsPermanentlyAndSaysWhatToSet() throws Exception {
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.of()), this::target);
        Path file = file("talk.mp4");
        assertThatThrownBy(() -> service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file)))
                .isInstanceOfSatisfying(DistributionException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_CONFIGURED");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("etc/org.syndicast.channel.s3.cfg");
                });
    }

    @Test
    void aChangeClosesTheOldClientOnlyWhenItsRunningUploadEnds() throws Exception {
        FakeS3 second = new FakeS3();
        AtomicReference<FakeS3> next = new AtomicReference<>(s3);
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.local()),
                settings -> target(settings, next.get()));
        Path file = file("talk.mp4");
        s3.putGate = new CountDownLatch(1);
        CompletableFuture<MediaPackageElement> running = CompletableFuture.supplyAsync(() -> {
            try {
                return service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file));
            } catch (DistributionException e) {
                throw new IllegalStateException(e);
            }
        });
        while (s3.puts.isEmpty()) {
            Thread.sleep(5);
        }

        next.set(second);
        service.modified(TestConfig.local("bucket", "other"));
        service.distribute(PUB, track("track-2", file.toUri()), FileContent.of(file));
        assertThat(second.puts.get(0).bucket()).isEqualTo("other");
        assertThat(s3.calls).doesNotContain("close");

        s3.putGate.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS).url().toString()).startsWith(BASE + "/");
        assertThat(s3.calls).contains("close");
        assertThat(second.calls).doesNotContain("close");
        service.deactivate();
        assertThat(second.calls).contains("close");
    }

    @Test
    void anInvalidChangeKeepsThePreviousSettings() throws Exception {
        S3DistributionService service = new S3DistributionService(S3Settings.from(TestConfig.local()), this::target);
        assertThatThrownBy(() -> service.modified(TestConfig.local("part_size_bytes", 1L)))
                .isInstanceOf(IllegalArgumentException.class);
        Path file = file("talk.mp4");
        assertThat(service.distribute(PUB, track("track-1", file.toUri()), FileContent.of(file)).url().toString())
                .startsWith(BASE + "/");
    }
}
