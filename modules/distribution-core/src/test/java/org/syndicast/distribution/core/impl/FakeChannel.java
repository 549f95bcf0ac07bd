package org.syndicast.distribution.core.impl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

/**
 * A channel that publishes to {@code http://cdn.test/{channelId}/{mediaPackageId}/{elementId}/{fileName}},
 * remembers every call, and throws what it was told to for an element's next distributions.
 */
final class FakeChannel implements DistributionService {
    /** One call: its media package and element id, the URL it was given, and when (epoch ms). */
    record Call(String mediaPackageId, String elementId, URI url, long at) {
    }

    final List<Call> distributed = new CopyOnWriteArrayList<>();
    final List<Call> retracted = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Exception>> failures = new ConcurrentHashMap<>();
    private volatile long delayMs;
    private volatile boolean retractFails;
    private volatile Runnable duringDistribute = () -> { };

    /** The next distribution of {@code elementId} throws {@code e} (a DistributionException or RuntimeException). */
    FakeChannel failNext(String elementId, Exception e) {
        failures.computeIfAbsent(elementId, k -> new ArrayDeque<>()).add(e);
        return this;
    }

    /** Every distribution takes this long. */
    FakeChannel slow(long ms) {
        delayMs = ms;
        return this;
    }

    /** Runs {@code r} in every distribution, after the element is received (something happening meanwhile). */
    FakeChannel during(Runnable r) {
        duringDistribute = r;
        return this;
    }

    /** Every retraction throws. */
    FakeChannel failingRetract() {
        retractFails = true;
        return this;
    }

    List<String> distributedIds() {
        return distributed.stream().map(Call::elementId).toList();
    }

    List<URI> retractedUrls() {
        return retracted.stream().map(Call::url).toList();
    }

    @Override
    public MediaPackageElement distribute(Publication publication, MediaPackageElement element, ElementContent content)
            throws DistributionException {
        distributed.add(new Call(publication.mediaPackageId(), element.id(), element.url(), System.currentTimeMillis()));
        duringDistribute.run();
        pause();
        Exception failure;
        synchronized (failures) {
            Deque<Exception> queued = failures.get(element.id());
            failure = queued == null ? null : queued.poll();
        }
        if (failure instanceof DistributionException d) {
            throw d;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        return element.withUrl(URI.create("http://cdn.test/" + publication.channelId() + "/"
                + publication.mediaPackageId() + "/" + element.id() + "/" + content.fileName()));
    }

    @Override
    public void retract(Publication publication, MediaPackageElement element) throws DistributionException {
        retracted.add(new Call(publication.mediaPackageId(), element.id(), element.url(), System.currentTimeMillis()));
        if (retractFails) {
            throw DistributionException.transientFailure("TARGET_DOWN", "cannot retract now", null);
        }
    }

    private void pause() {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
