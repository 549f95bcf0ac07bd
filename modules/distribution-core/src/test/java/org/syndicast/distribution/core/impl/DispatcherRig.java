package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.core.impl.persistence.H2Database;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/**
 * One node's job machinery as DistributorImpl wires it (store, runner, dispatcher), on an in-memory database
 * with a long lock timeout, with a "download" channel present and a file in an inbox to distribute.
 */
final class DispatcherRig implements AutoCloseable {
    static final String HOST = "http://node-a:8181";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final H2Database db = H2Database.inMemory(";LOCK_TIMEOUT=20000");
    final JobStore store = db.store();
    final FakeChannel download = new FakeChannel();
    final Map<String, DistributionService> channels = new ConcurrentHashMap<>(Map.of("download", download));
    final Settings settings;
    JobDispatcher dispatcher;
    private final Path source;

    DispatcherRig(Path inbox) {
        try {
            source = Files.writeString(inbox.resolve("presenter.mp4"), "bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings = new TestConfig().serverUrl(HOST).workers(4).pollMs(20).leaseSeconds(30).maxAttempts(3)
                .backoff(100, 1_000).inbox(inbox).settings();
    }

    void start() {
        CommandExecutor executor = new CommandExecutor(new ElementSources(settings, HttpClient.newHttpClient()),
                url -> true, new PublicationStore(db.emf()));
        JobRunner runner = new JobRunner(store, (name, target) -> Optional.ofNullable(channels.get(name)), settings,
                executor);
        dispatcher = new JobDispatcher(store, runner, () -> channels.keySet().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c, c -> Set.of("default"))), settings);
        dispatcher.start();
    }

    /** Stops the dispatcher now; close() will not stop it again. */
    void stop() {
        JobDispatcher d = dispatcher;
        dispatcher = null;
        d.stop();
    }

    /** Queues a distribution of track-1 of media package {@code mediaPackageId} through {@code channel}. */
    long queue(String channel, String mediaPackageId) {
        DistributionCommand c = MediaPackages.command(channel, MediaPackages.xml(mediaPackageId, source),
                List.of("track-1"), false, false);
        return store.create(new NewJob(Job.typeOf(channel), channel, "admin", "default", JobArgs.DISTRIBUTE,
                JobArgs.of(c), HOST), System.currentTimeMillis()).id();
    }

    Job job(long id) {
        return store.find(id).orElseThrow();
    }

    void awaitStatus(List<Long> ids, JobStatus status) {
        await(() -> ids.stream().allMatch(id -> job(id).status() == status), "jobs " + ids + " " + status);
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
        db.close();
    }
}
