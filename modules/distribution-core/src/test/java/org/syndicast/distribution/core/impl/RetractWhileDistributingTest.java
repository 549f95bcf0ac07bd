package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.core.impl.persistence.H2Database;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/**
 * A media package retracted everywhere (its asset deleted) while one of its distribution jobs waits or runs: in
 * the end nothing of it is published, and the inventory says so. Real database and inbox files.
 */
class RetractWhileDistributingTest {
    private static final String HOST = "http://node-a:8181";

    @TempDir
    Path inbox;
    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();
    private final PublicationStore publications = new PublicationStore(db.emf());
    private final FakeChannel channel = new FakeChannel();
    private JobRunner runner;
    private String xml;

    @BeforeEach
    void setUp() throws IOException {
        Path a = Files.writeString(inbox.resolve("presenter.mp4"), "a");
        Path b = Files.writeString(inbox.resolve("presentation.mp4"), "b");
        xml = MediaPackages.xml("mp-1", a, b);
        Settings settings = new TestConfig().serverUrl(HOST).maxAttempts(3).inbox(inbox).settings();
        CommandExecutor executor = new CommandExecutor(new ElementSources(settings, HttpClient.newHttpClient()),
                url -> true, publications);
        Map<String, DistributionService> channels = Map.of("download", channel);
        runner = new JobRunner(store, (name, target) -> Optional.ofNullable(channels.get(name)), settings, executor);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void retractEverywhere() {
        store.withdraw("default", "mp-1", JobArgs.DISTRIBUTE, JobRunner.RETRACTED, System.currentTimeMillis());
    }

    @Test
    void aRetractionWhileTheJobRunsLeavesNothingPublished() {
        long id = queue();
        AtomicBoolean once = new AtomicBoolean();
        channel.during(() -> {
            if (once.compareAndSet(false, true)) {
                retractEverywhere(); // between the first and the second element
            }
        });

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).startsWith("MEDIA_PACKAGE_RETRACTED").contains("nothing it placed stays published");
        assertThat(channel.distributedIds()).containsExactly("track-1", "track-2");
        assertThat(channel.retracted).extracting(FakeChannel.Call::elementId).containsExactly("track-2", "track-1");
        assertThat(publications.published("default", "mp-1")).isEmpty();
    }

    @Test
    void aQueuedDistributionOfARetractedPackageNeverRuns() {
        long id = queue();
        retractEverywhere();

        assertThat(store.claim(id, HOST, System.currentTimeMillis(), System.currentTimeMillis() + 60_000)).isEmpty();
        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).startsWith("MEDIA_PACKAGE_RETRACTED");
        assertThat(channel.distributed).isEmpty();
    }

    @Test
    void aDistributionThatFinishedBeforeTheRetractionIsInTheInventoryToRetract() {
        long id = queue();
        runner.run(claim(id));
        retractEverywhere();

        assertThat(store.find(id).orElseThrow().status()).isEqualTo(JobStatus.FINISHED);
        assertThat(publications.published("default", "mp-1")).hasSize(2); // what retractEverywhere then retracts
    }

    @Test
    void whatTheTargetWillNotGiveBackStaysInTheInventory() {
        long id = queue();
        channel.during(this::retractEverywhere).failingRetract();

        runner.run(claim(id));

        Job job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).startsWith("MEDIA_PACKAGE_RETRACTED").contains("could not take back");
        assertThat(publications.published("default", "mp-1")).hasSize(2);
    }

    @Test
    void otherPackagesAndRetractionsAreLeftAlone() {
        long other = store.create(new NewJob(Job.typeOf("download"), "download", "admin", "default", JobArgs.DISTRIBUTE,
                JobArgs.of(command()), HOST, null, "mp-2"), System.currentTimeMillis()).id();
        long retraction = store.create(new NewJob(Job.typeOf("download"), "download", "admin", "default",
                JobArgs.RETRACT, JobArgs.of(command()), HOST, null, "mp-1"), System.currentTimeMillis()).id();
        long elsewhere = store.create(new NewJob(Job.typeOf("download"), "download", "admin", "other-org",
                JobArgs.DISTRIBUTE, JobArgs.of(command()), HOST, null, "mp-1"), System.currentTimeMillis()).id();
        retractEverywhere();

        for (long id : List.of(other, retraction, elsewhere)) {
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
        }
    }

    private DistributionCommand command() {
        return MediaPackages.command("download", xml, List.of("track-1", "track-2"), false, false);
    }

    private long queue() {
        return store.create(new NewJob(Job.typeOf("download"), "download", "admin", "default", JobArgs.DISTRIBUTE,
                JobArgs.of(command()), HOST, null, "mp-1"), System.currentTimeMillis()).id();
    }

    private Job claim(long id) {
        long now = System.currentTimeMillis();
        return store.claim(id, HOST, now, now + 60_000).orElseThrow();
    }
}
