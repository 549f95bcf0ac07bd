package org.syndicast.distribution.core.impl;

import java.util.ArrayList;
import java.util.List;

import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
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

    List<MediaPackageElement> distribute(DistributionService channel, DistributionCommand command) throws DistributionException {
        Publication publication = publication(command);
        List<MediaPackageElement> done = ChannelExecution.distribute(channel, publication, elements(command),
                e -> sources.resolve(command.organization(), e.id(), e.url()), command.checkAvailability(), command.preserveReference(), probe);
        publications.recordPublished(command.channel(), command.targetName(), publication, done, System.currentTimeMillis());
        return done;
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
