package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.xml.ElementListXml;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.PublishedElement;
import org.syndicast.distribution.core.impl.persistence.H2Database;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/** One claimed job run to its outcome, on a real database and real inbox files, one attempt at a time. */
class JobRunnerTest {
    private static final String HOST = "http://node-a:8181";
    private static final DistributionException DOWN = DistributionException.transientFailure("TARGET_DOWN", "down", null);

    @TempDir
    Path inbox;
    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();
    private final PublicationStore publications = new PublicationStore(db.emf());
    private final FakeChannel channel = new FakeChannel();
    private Settings settings;
    private Map<String, DistributionService> channels;
    private JobRunner runner;
    private String xml;

    @BeforeEach
    void setUp() throws IOException {
        Path a = Files.writeString(inbox.resolve("presenter.mp4"), "a");
        Path b = Files.writeString(inbox.resolve("presentation.mp4"), "b");
        xml = MediaPackages.xml("mp-1", a, b);
        channels = Map.of("download", channel);
        settings = new TestConfig().serverUrl(HOST).maxAttempts(3).backoff(1_000, 60_000).inbox(inbox).settings();
        runner = runner(url -> true);
    }

    /** The runner as DistributorImpl wires it, with this availability probe. */
    private JobRunner runner(AvailabilityProbe probe) {
        CommandExecutor executor = new CommandExecutor(new ElementSources(settings, HttpClient.newHttpClient()), probe,
                publications);
        return new JobRunner(store, (name, target) -> Optional.ofNullable(channels.get(name)), settings, executor);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDistributionFinishesWithThePublishedElementsAsPayload() {
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1", "track-2"), false);

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(job.failure()).isNull();
        List<MediaPackageElement> published = ElementListXml.parse(job.payload());
        assertThat(published).extracting(MediaPackageElement::url).containsExactly(
                URI.create("http://cdn.test/engage-player/mp-1/track-1/presenter.mp4"),
                URI.create("http://cdn.test/engage-player/mp-1/track-2/presentation.mp4"));
        assertThat(published).extracting(MediaPackageElement::ref).containsOnlyNulls();
        assertThat(publications.published("default", "mp-1")).extracting(PublishedElement::element)
                .containsExactlyElementsOf(published);
    }

    @Test
    void aRetractionTakesDownEveryElementAndFinishes() {
        runner.run(claim(queue(JobArgs.DISTRIBUTE, List.of("track-1", "track-2"), false)));
        long id = queue(JobArgs.RETRACT, List.of("track-2", "track-1"), false);

        runner.run(claim(id));

        assertThat(store.find(id).orElseThrow().status()).isEqualTo(JobStatus.FINISHED);
        assertThat(publications.published("default", "mp-1")).isEmpty();
        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("track-2", "track-1");
    }

    @Test
    void aTransientFailureRequeuesTheJobAfterTheBackoff() {
        channel.failNext("track-2", DOWN);
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1", "track-2"), false);

        long before = System.currentTimeMillis();
        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.processingHost()).isNull();
        assertThat(job.failure()).contains("TARGET_DOWN", "attempt 1", "retrying");
        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).as("all or nothing").containsExactly("track-1");
        assertThat(publications.published("default", "mp-1")).isEmpty();
        assertThat(store.claimable(Set.of("download"), before + 999, 10)).isEmpty();
        assertThat(store.claimable(Set.of("download"), System.currentTimeMillis() + 1_000, 10)).containsExactly(id);
    }

    @Test
    void theBackoffDoublesWithEachAttempt() {
        channel.failNext("track-1", DOWN).failNext("track-1", DOWN);
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);
        runner.run(claim(id));

        long before = System.currentTimeMillis();
        runner.run(claim(id));

        assertThat(store.find(id).orElseThrow().failure()).contains("attempt 2");
        assertThat(store.claimable(Set.of("download"), before + 1_999, 10)).isEmpty();
        assertThat(store.claimable(Set.of("download"), System.currentTimeMillis() + 2_000, 10)).containsExactly(id);
    }

    @Test
    void whenTheAttemptsAreUsedUpTheJobFailsSayingWhyAndHowOften() {
        channel.failNext("track-1", DOWN).failNext("track-1", DOWN).failNext("track-1", DOWN);
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);

        for (int attempt = 1; attempt <= 3; attempt++) {
            runner.run(claim(id));
        }

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.attempts()).isEqualTo(3);
        assertThat(job.failure()).contains("TARGET_DOWN", "down", "after 3 attempt(s)");
        assertThat(job.dateCompleted()).isNotNull();
    }

    @Test
    void aPermanentFailureFailsAtOnce() {
        channel.failNext("track-1", DistributionException.permanent("ACCESS_DENIED", "bad credentials", null));
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).contains("ACCESS_DENIED", "bad credentials", "after 1 attempt(s)");
    }

    @Test
    void anElementThatDoesNotAnswerIsRetried() {
        runner = runner(url -> false);
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), true);

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.failure()).contains("NOT_AVAILABLE");
        assertThat(channel.retracted).hasSize(1);
    }

    @Test
    void aSourceThatVanishedAfterQueuingFailsWithItsCode() throws IOException {
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);
        Files.delete(inbox.resolve("presenter.mp4"));

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).startsWith("SOURCE_NOT_FOUND: ");
    }

    @Test
    void anUnexpectedErrorFailsTheJobAsAnInternalError() {
        channel.failNext("track-1", new IllegalStateException("bug in channel"));
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).startsWith("INTERNAL_ERROR: ").contains("bug in channel");
    }

    @Test
    void aJobWhoseChannelIsGoneIsHandedBackWithoutCountingTheAttempt() {
        channels = Map.of();
        long id = queue(JobArgs.DISTRIBUTE, List.of("track-1"), false);

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.attempts()).isZero();
        assertThat(channel.distributed).isEmpty();
    }

    @Test
    void theChannelIsReadFromTheJobType() {
        assertThat(JobRunner.channelOf(job(Job.typeOf("s3")))).isEqualTo("s3");
        assertThat(JobRunner.channelOf(job("legacy"))).isEqualTo("legacy");
    }

    @Test
    void jobArgumentsGiveBackTheCommand() {
        DistributionCommand command = MediaPackages.command("download", xml, List.of("track-2", "track-1"), true, false);

        DistributionCommand back = JobArgs.command(jobWithArgs(JobArgs.of(command)), "download");

        assertThat(back.channelId()).isEqualTo("engage-player");
        assertThat(back.elementIds()).containsExactly("track-2", "track-1");
        assertThat(back.checkAvailability()).isTrue();
        assertThat(back.preserveReference()).isFalse();
        assertThat(back.mediaPackage().xml()).isEqualTo(xml);
        assertThat(back.organization()).isEqualTo("default");
        assertThat(back.creator()).isEqualTo("admin");
    }

    private long queue(String operation, List<String> elementIds, boolean checkAvailability) {
        DistributionCommand c = MediaPackages.command("download", xml, elementIds, checkAvailability, false);
        return store.create(new NewJob(Job.typeOf("download"), "download", "admin", "default", operation, JobArgs.of(c),
                HOST), System.currentTimeMillis()).id();
    }

    private Job claim(long id) {
        long now = System.currentTimeMillis();
        return store.claim(id, HOST, now, now + 60_000).orElseThrow();
    }

    private static Job job(String type) {
        return new Job(1, 1, type, JobStatus.RUNNING, "admin", "default", "Distribute", List.of(), HOST, HOST,
                java.time.Instant.EPOCH, null, null, null, null, null, null, 1);
    }

    private static Job jobWithArgs(List<String> args) {
        return new Job(1, 1, Job.typeOf("download"), JobStatus.RUNNING, "admin", "default", "Distribute", args, HOST,
                HOST, java.time.Instant.EPOCH, null, null, null, null, null, null, 1);
    }
}
