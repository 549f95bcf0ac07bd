package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * The {@code ftp} channel: publishes elements to an FTP, FTPS or SFTP server under
 * {@code {base}/{org}/{channelId}/{mpId}/{elementId}/{file}}. Files arrive under a hidden temporary name, their
 * size is checked, then they are renamed; retracting removes the element's directory and the parents it leaves
 * empty. Logged-in sessions are pooled across the elements of a job and across jobs.
 */
@Component(service = DistributionService.class, property = {DistributionService.CHANNEL_PROPERTY + "=ftp",
        ChannelTargets.TARGET_PROPERTY + "=" + ChannelTargets.DEFAULT_TARGET,
        ChannelTargets.FACTORY_PID_PROPERTY + "=" + FtpChannelConfig.TARGET_PID}, configurationPid = FtpChannelConfig.PID)
@Designate(ocd = FtpChannelConfig.class)
public final class FtpDistributionService implements DistributionService {
    private static final Logger LOG = LoggerFactory.getLogger(FtpDistributionService.class);

    private final PlacedSizes placed = new PlacedSizes(1024);
    private final ScheduledExecutorService evictor;
    private volatile Target target;

    @Activate
    public FtpDistributionService(FtpChannelConfig config) {
        this(ChannelSettings.from(config));
    }

    FtpDistributionService(ChannelSettings settings) {
        this.target = Target.of(settings);
        this.evictor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "syndicast-ftp-idle-sessions");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1000, settings.poolIdleTimeout().toMillis() / 2);
        evictor.scheduleWithFixedDelay(() -> target.pool().evictIdle(), period, period, TimeUnit.MILLISECONDS);
        LOG.info("FTP channel publishes to {}", settings.configured() ? settings.describe() : "nothing: host is not set");
    }

    @Modified
    void modified(FtpChannelConfig config) {
        ChannelSettings settings = ChannelSettings.from(config);
        Target old = target;
        target = Target.of(settings);
        old.close();
        LOG.info("FTP channel now publishes to {}", settings.configured() ? settings.describe() : "nothing: host is not set");
    }

    @Deactivate
    void deactivate() {
        evictor.shutdownNow();
        target.close();
    }

    @Override
    public MediaPackageElement distribute(Publication publication, MediaPackageElement element, ElementContent content)
            throws DistributionException {
        String elementId = segment("element id", element.id());
        String fileName = segment("file name", content.fileName());
        if (fileName.startsWith(".")) {
            throw DistributionException.permanent("INVALID_SEGMENT",
                    "'file name' must not start with a dot: '" + fileName + "'", null);
        }
        List<String> segments = RemoteLayout.elementSegments(publication, elementId);
        String tempName = RemoteTree.tempName(fileName);
        String action = "Distributing element '" + elementId + "'";
        Placed result = withSession(action, (t, session) -> {
            String base = t.settings().layout().base(session.home());
            long size = RemoteTree.place(session, base, segments, tempName, fileName, content);
            return new Placed(t.settings().layout().url(publication, elementId, fileName), size);
        }, (t, session) -> RemoteTree.deleteQuietly(session,
                RemoteTree.path(t.settings().layout().base(session.home()), segments) + "/" + tempName));
        placed.put(result.url().toString(), result.size());
        LOG.debug("Distributed element '{}' of {} to {} ({} bytes)", elementId, publication, result.url(), result.size());
        return element.withUrl(result.url());
    }

    @Override
    public void retract(Publication publication, MediaPackageElement element) throws DistributionException {
        String elementId = segment("element id", element.id());
        List<String> segments = RemoteLayout.elementSegments(publication, elementId);
        withSession("Retracting element '" + elementId + "'", (t, session) -> {
            RemoteTree.remove(session, t.settings().layout().base(session.home()), segments);
            return null;
        }, null);
        LOG.debug("Retracted element '{}' of {}", elementId, publication);
    }

    /**
     * With a public URL, a HEAD on it (the SPI default). Without one, the file must be on the server with the size
     * that was sent (or the size the element declares, when this channel did not just place it).
     */
    @Override
    public boolean isAvailable(Publication publication, MediaPackageElement published, AvailabilityProbe probe)
            throws DistributionException {
        if (target.settings().layout().publicUrl().isPresent()) {
            return DistributionService.super.isAvailable(publication, published, probe);
        }
        URI url = published.url();
        Optional<String> fileName = RemoteLayout.fileName(url);
        if (fileName.isEmpty()) {
            return false;
        }
        OptionalLong placedSize = placed.take(url.toString());
        Long expected = placedSize.isPresent() ? Long.valueOf(placedSize.getAsLong()) : published.size();
        String elementId = segment("element id", published.id());
        List<String> segments = RemoteLayout.elementSegments(publication, elementId);
        OptionalLong size = withSession("Checking element '" + elementId + "'", (t, session) -> session.size(
                RemoteTree.path(t.settings().layout().base(session.home()), segments) + "/" + fileName.get()), null);
        return size.isPresent() && (expected == null || size.getAsLong() == expected);
    }

    /**
     * Runs {@code work} on a pooled session of the current configuration. A session that failed on the wire is
     * not reused; after such a failure {@code cleanup} runs on a fresh session, when one can be had.
     */
    private <T> T withSession(String action, Work<T> work, Cleanup cleanup) throws DistributionException {
        while (true) {
            Target t = target;
            if (!t.settings().configured()) {
                throw DistributionException.permanent("NOT_CONFIGURED", action + ": no server is configured; set host"
                        + " (and protocol, username, .password) in etc/" + FtpChannelConfig.PID + ".cfg", null);
            }
            Optional<RemoteSession> borrowed;
            try {
                borrowed = t.pool().borrow();
            } catch (IOException e) {
                throw Failures.of(e, action, t.settings());
            }
            if (borrowed.isEmpty()) {
                continue; // the configuration changed under us: take the new one
            }
            RemoteSession session = borrowed.get();
            boolean reusable = false;
            try {
                T result = work.run(t, session);
                reusable = true;
                return result;
            } catch (IOException e) {
                reusable = e instanceof RemoteFailure;
                if (!reusable && cleanup != null) {
                    cleanUpAfterFailure(t, cleanup);
                }
                throw Failures.of(e, action, t.settings());
            } finally {
                t.pool().release(session, reusable);
            }
        }
    }

    /** The connection broke: leave no temporary file behind when the server is reachable again at once. */
    private static void cleanUpAfterFailure(Target t, Cleanup cleanup) {
        try {
            Optional<RemoteSession> fresh = t.pool().borrow();
            if (fresh.isPresent()) {
                boolean ok = false;
                try {
                    cleanup.run(t, fresh.get());
                    ok = true;
                } finally {
                    t.pool().release(fresh.get(), ok);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("No cleanup after a failed transfer: {}", e.toString());
        }
    }

    /**
     * Validates a segment as a permanent failure: retrying will not make it valid.
     */
    private static String segment(String name, String value) throws DistributionException {
        try {
            return Segments.require(name, value);
        } catch (InvalidInputException e) {
            throw DistributionException.permanent(e.code(), e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Target target, RemoteSession session) throws IOException;
    }

    @FunctionalInterface
    private interface Cleanup {
        void run(Target target, RemoteSession session) throws IOException;
    }

    private record Placed(URI url, long size) {
    }
}
