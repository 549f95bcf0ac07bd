package org.syndicast.channel.s3.impl;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
import org.syndicast.distribution.api.target.ChannelTargets;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The {@code s3} channel: puts each element at {@code {prefix}{org}/{channelId}/{mpId}/{elementId}/{file}} in
 * the configured bucket and answers with its public URL (the public base plus the key) or a presigned GET URL.
 * The key "directory" of an element belongs to the channel: retract removes every object below it, and the
 * object its URL names. The bucket must exist: the channel never creates one nor touches its policy.
 */
@Component(service = DistributionService.class, property = {DistributionService.CHANNEL_PROPERTY + "=s3",
        ChannelTargets.TARGET_PROPERTY + "=" + ChannelTargets.DEFAULT_TARGET,
        ChannelTargets.FACTORY_PID_PROPERTY + "=" + S3ChannelConfig.TARGET_PID}, configurationPid = S3ChannelConfig.PID)
@Designate(ocd = S3ChannelConfig.class)
public final class S3DistributionService implements DistributionService {
    private static final Logger LOG = LoggerFactory.getLogger(S3DistributionService.class);
    private static final String OCTET_STREAM = "application/octet-stream";

    private final PresignedUrlProbe presignedProbe = new PresignedUrlProbe();
    private final Function<S3Settings, S3Target> clients;
    private final Object lock = new Object();
    private volatile S3Settings settings;
    /** Built on first use, so that activation stays instant; null again after a change. Guarded by lock. */
    private S3Target target;

    @Activate
    public S3DistributionService(S3ChannelConfig config) {
        this(S3Settings.from(config), S3Clients::target);
    }

    S3DistributionService(S3Settings settings, Function<S3Settings, S3Target> clients) {
        this.settings = settings;
        this.clients = clients;
        log("publishes to", settings);
    }

    /** Takes the new settings; the old clients are closed once the uploads running on them end. */
    @Modified
    void modified(S3ChannelConfig config) {
        S3Settings next = S3Settings.from(config);
        S3Target previous;
        synchronized (lock) {
            settings = next;
            previous = target;
            target = null;
        }
        if (previous != null) {
            previous.release();
        }
        log("now publishes to", next);
    }

    @Deactivate
    void deactivate() {
        synchronized (lock) {
            if (target != null) {
                target.release();
                target = null;
            }
        }
    }

    @Override
    public MediaPackageElement distribute(Publication publication, MediaPackageElement element, ElementContent content)
            throws DistributionException {
        S3Target current = acquire();
        try {
            S3Settings settings = requireConfigured(current.settings());
            String key = valid(() -> ObjectKeys.key(settings.keyPrefix(), publication, element.id(), content.fileName()));
            String type = element.mimetype() == null || element.mimetype().isBlank() ? OCTET_STREAM : element.mimetype();
            ElementUploader.Uploaded uploaded = S3Clients.withBundleLoader(
                    () -> ElementUploader.upload(current, key, type, content));
            LOG.debug("Distributed element '{}' of {} to {} ({} bytes, {} part(s))", element.id(), publication, key,
                    uploaded.bytes(), uploaded.parts());
            return element.withUrl(urlOf(current, key));
        } finally {
            current.release();
        }
    }

    @Override
    public void retract(Publication publication, MediaPackageElement element) throws DistributionException {
        S3Target current = acquire();
        try {
            S3Settings settings = requireConfigured(current.settings());
            String prefix = valid(() -> ObjectKeys.elementPrefix(settings.keyPrefix(), publication, element.id()));
            Set<String> keys = new TreeSet<>();
            ObjectKeys.keyOf(element.url(), settings.publicUrl(), publication, element.id()).ifPresent(keys::add);
            if (settings.presign()) {
                ObjectKeys.keyOf(element.url(), current.presignBase(), publication, element.id()).ifPresent(keys::add);
            }
            S3Clients.withBundleLoader(() -> {
                try {
                    current.s3().listObjectsV2Paginator(l -> l.bucket(settings.bucket()).prefix(prefix)).contents()
                            .stream().map(S3Object::key).forEach(keys::add);
                    for (String key : keys) {
                        current.s3().deleteObject(d -> d.bucket(settings.bucket()).key(key));
                    }
                } catch (SdkException e) {
                    throw S3Errors.map(e, settings, "retraction of element '" + element.id() + "'",
                            settings.bucket() + "/" + prefix);
                }
                return null;
            });
            LOG.debug("Retracted element '{}' of {}: {}", element.id(), publication, keys);
        } finally {
            current.release();
        }
    }

    @Override
    public boolean isAvailable(Publication publication, MediaPackageElement published, AvailabilityProbe probe)
            throws DistributionException {
        S3Settings settings = this.settings;
        if (published.url() == null) {
            return false;
        }
        if (settings.presign() && published.url().getRawQuery() != null) {
            return presignedProbe.answers(published.url(), settings.availability());
        }
        return probe.answers(published.url());
    }

    private URI urlOf(S3Target current, String key) {
        S3Settings settings = current.settings();
        if (!settings.presign()) {
            return ObjectKeys.url(settings.publicUrl(), key);
        }
        Duration validity = settings.presignValidity();
        return URI.create(current.presigner().presignGetObject(p -> p.signatureDuration(validity)
                .getObjectRequest(g -> g.bucket(settings.bucket()).key(key))).url().toString());
    }

    /**
     * The current target, held for one operation (give it back with {@link S3Target#release()}): a concurrent
     * change makes a new one for later operations and leaves this one open until it is given back.
     */
    private S3Target acquire() throws DistributionException {
        synchronized (lock) {
            if (target == null) {
                try {
                    target = clients.apply(settings);
                } catch (RuntimeException e) {
                    throw DistributionException.permanent("TARGET_MISCONFIGURED", "Could not set up the S3 client"
                            + " from etc/" + S3ChannelConfig.PID + ".cfg: " + e.getMessage(), e);
                }
            }
            target.acquire(); // cannot fail: the channel's own hold keeps the current target open
            return target;
        }
    }

    private static S3Settings requireConfigured(S3Settings settings) throws DistributionException {
        if (!settings.configured()) {
            throw DistributionException.permanent("NOT_CONFIGURED", "The S3 channel has no bucket: set bucket (and"
                    + " endpoint, region, credentials) in etc/" + S3ChannelConfig.PID + ".cfg", null);
        }
        return settings;
    }

    private static String valid(java.util.function.Supplier<String> key) throws DistributionException {
        try {
            return key.get();
        } catch (InvalidInputException e) {
            throw DistributionException.permanent(e.code(), e.getMessage(), e);
        }
    }

    private static void log(String verb, S3Settings settings) {
        if (settings.configured()) {
            LOG.info("S3 channel {} bucket '{}' at {} as {}{}", verb, settings.bucket(), settings.target(),
                    settings.presign() ? "presigned URLs" : settings.publicUrl(),
                    settings.keyPrefix().isEmpty() ? "" : " under key prefix " + settings.keyPrefix());
        } else {
            LOG.info("S3 channel is not configured yet: set bucket in etc/{}.cfg", S3ChannelConfig.PID);
        }
    }

}
