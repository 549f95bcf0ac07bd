package org.syndicast.distribution.core.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.persistence.EntityManager;

import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.source.ElementSourcePolicy;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/**
 * Carries out a command on a channel, for a synchronous call or a job alike, and keeps the inventory of
 * publications in step with what the channel did.
 */
final class CommandExecutor {
    private final ElementSourcePolicy sources;
    private final AvailabilityProbe probe;
    private final PublicationStore publications;

    CommandExecutor(ElementSourcePolicy sources, AvailabilityProbe probe, PublicationStore publications) {
        this.sources = sources;
        this.probe = probe;
        this.publications = publications;
    }

    /** Everything that can be known wrong before running: segments, element ids, and for distribution the sources. */
    void validate(DistributionCommand command, boolean distribute) {
        publication(command);
        // element ids become path segments on every target: refuse what no channel could place
        command.elementIds().forEach(id -> Segments.require("elementId", id));
        List<MediaPackageElement> elements = elements(command);
        if (distribute) {
            elements.forEach(e -> sources.resolve(command.organization(), e.id(), e.url()));
        }
    }

    /** Distributes and records the publications (a synchronous call). */
    List<MediaPackageElement> distribute(DistributionService channel, DistributionCommand command) throws DistributionException {
        List<MediaPackageElement> done = place(channel, command);
        record(command, done);
        return done;
    }

    /** Distributes without recording: a job records in its finishing transaction ({@link #recording}). */
    List<MediaPackageElement> place(DistributionService channel, DistributionCommand command) throws DistributionException {
        return place(channel, command, n -> { });
    }

    /** The same, telling {@code bytes} the length of each element source opened, when known. */
    List<MediaPackageElement> place(DistributionService channel, DistributionCommand command, LongConsumer bytes)
            throws DistributionException {
        return ChannelExecution.distribute(channel, publication(command), elements(command), e -> {
            ElementContent content = sources.resolve(command.organization(), e.id(), e.url());
            content.size().ifPresent(bytes);
            return content;
        }, command.checkAvailability(), command.preserveReference(), probe);
    }

    /** Records what {@link #place} placed, in a transaction of its own. */
    void record(DistributionCommand command, List<MediaPackageElement> placed) {
        publications.recordPublished(command.channel(), command.targetName(), publication(command), placed,
                System.currentTimeMillis());
    }

    /** Recording what {@link #place} placed, as a piece of another transaction. */
    Consumer<EntityManager> recording(DistributionCommand command, List<MediaPackageElement> placed) {
        return publications.recording(command.channel(), command.targetName(), publication(command), placed,
                System.currentTimeMillis());
    }

    /**
     * Takes back what {@link #place} placed because the media package was retracted meanwhile; what the target
     * would not give back is recorded as published, so that the inventory stays true and a later retraction
     * finds it. Answers what could not be taken back.
     */
    List<MediaPackageElement> takeBack(DistributionService channel, DistributionCommand command,
            List<MediaPackageElement> placed) {
        List<MediaPackageElement> left = ChannelExecution.takeBack(channel, publication(command), placed,
                "its media package was retracted");
        if (!left.isEmpty()) {
            record(command, left);
        }
        return left;
    }

    List<MediaPackageElement> retract(DistributionService channel, DistributionCommand command) throws DistributionException {
        Publication publication = publication(command);
        List<MediaPackageElement> done = ChannelExecution.retract(channel, publication, elements(command));
        publications.recordRetracted(command.channel(), command.targetName(), publication, command.elementIds());
        return done;
    }

    private static Publication publication(DistributionCommand command) {
        return new Publication(command.organization(), command.channelId(), command.mediaPackage().id());
    }

    /** The command's elements in request order; an id the package lacks is a 400. */
    static List<MediaPackageElement> elements(DistributionCommand command) {
        if (command.elementIds().isEmpty()) {
            throw new InvalidInputException("INVALID_ELEMENT_ID", "No element id given");
        }
        List<MediaPackageElement> out = new ArrayList<>();
        for (String id : command.elementIds()) {
            out.add(command.mediaPackage().element(id).orElseThrow(() -> new InvalidInputException("ELEMENT_NOT_FOUND",
                    "No element '" + id + "' in mediapackage '" + command.mediaPackage().id() + "'")));
        }
        return out;
    }
}
