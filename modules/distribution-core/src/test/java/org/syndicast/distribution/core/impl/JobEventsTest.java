package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.jobs.JobEvents;
import org.syndicast.distribution.core.impl.persistence.H2Database;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/** The runner tells JobEvents listeners of every attempt; a listener that throws changes nothing. */
class JobEventsTest {
    private static final String HOST = "http://node-a:8181";

    @TempDir
    Path inbox;
    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();
    private final FakeChannel channel = new FakeChannel();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    private JobRunner runner() {
        Settings settings = new TestConfig().serverUrl(HOST).maxAttempts(2).inbox(inbox).settings();
        CommandExecutor executor = new CommandExecutor(new ElementSources(settings, HttpClient.newHttpClient()),
                url -> true, new PublicationStore(db.emf()));
        JobEventFan fan = new JobEventFan();
        fan.add(new JobEvents() {
            @Override
            public void started(Job job) {
                throw new IllegalStateException("a broken listener");
            }
        });
        fan.add(new JobEvents() {
            @Override
            public void started(Job job) {
                heard.add("started " + job.id());
            }

            @Override
            public void ended(Job job, JobStatus outcome, Duration took, long bytes) {
                heard.add("ended " + job.id() + " " + outcome + " " + bytes + (took.isNegative() ? " negative" : ""));
            }
        });
        Map<String, DistributionService> channels = Map.of("download", channel);
        return new JobRunner(store, (n, t) -> Optional.ofNullable(channels.get(n)), settings, executor, fan);
    }

    private Job queuedAndClaimed() throws IOException {
        Path a = Files.writeString(inbox.resolve("presenter.mp4"), "a");
        Path b = Files.writeString(inbox.resolve("presentation.mp4"), "b");
        String xml = MediaPackages.xml("mp-1", a, b);
        long id = store.create(new NewJob(Job.typeOf("download"), "download", "admin", "default", JobArgs.DISTRIBUTE,
                JobArgs.of(MediaPackages.command("download", xml, List.of("track-1"), false, false)), HOST, null, "mp-1"),
                System.currentTimeMillis()).id();
        long now = System.currentTimeMillis();
        return store.claim(id, HOST, now, now + 60_000).orElseThrow();
    }

    @Test
    void aFinishedAttemptIsToldWithTheBytesItRead() throws IOException {
        Job job = queuedAndClaimed();
        runner().run(job);
        assertThat(store.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.FINISHED);
        // track-1 is presenter.mp4, one byte long
        assertThat(heard).containsExactly("started " + job.id(), "ended " + job.id() + " FINISHED 1");
    }

    @Test
    void aRetryIsToldAsQueuedWithoutBytes() throws IOException {
        channel.failNext("track-1", DistributionException.transientFailure("TARGET_DOWN", "down", null));
        Job job = queuedAndClaimed();
        JobRunner runner = runner();
        runner.run(job);
        assertThat(heard).last().isEqualTo("ended " + job.id() + " QUEUED 0");
    }
}
