package org.syndicast.distribution.core.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.AvailabilityProbe;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;

/**
 * Runs one distribution or retraction through a channel, element by element. A distribution is
 * all-or-nothing: when one element fails, the elements this run already placed are taken down again,
 * so every channel gets that guarantee without implementing it.
 */
final class ChannelExecution {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelExecution.class);

    private ChannelExecution() {
    }

    static List<MediaPackageElement> distribute(DistributionService channel, Publication publication,
            List<MediaPackageElement> elements, Function<MediaPackageElement, ElementContent> contents,
            boolean checkAvailability, boolean preserveReference, AvailabilityProbe probe) throws DistributionException {
        List<MediaPackageElement> placed = new ArrayList<>();
        try {
            for (MediaPackageElement element : elements) {
                MediaPackageElement published = channel.distribute(publication, element, contents.apply(element));
                placed.add(published);
                if (checkAvailability && !channel.isAvailable(publication, published, probe)) {
                    throw DistributionException.transientFailure("NOT_AVAILABLE", "Element '" + element.id()
                            + "' was placed but does not answer at " + published.url(), null);
                }
            }
        } catch (DistributionException | RuntimeException e) {
            undo(channel, publication, placed);
            throw e;
        }
        return preserveReference ? placed : placed.stream().map(MediaPackageElement::withoutRef).toList();
    }

    static List<MediaPackageElement> retract(DistributionService channel, Publication publication,
            List<MediaPackageElement> elements) throws DistributionException {
        for (MediaPackageElement element : elements) {
            channel.retract(publication, element);
        }
        return elements;
    }

    private static void undo(DistributionService channel, Publication publication, List<MediaPackageElement> placed) {
        takeBack(channel, publication, placed, "a failed distribution");
    }

    /**
     * Takes back what a run placed, last first, and answers what could not be taken back (logged, never thrown).
     */
    static List<MediaPackageElement> takeBack(DistributionService channel, Publication publication,
            List<MediaPackageElement> placed, String why) {
        List<MediaPackageElement> left = new ArrayList<>();
        for (int i = placed.size() - 1; i >= 0; i--) {
            MediaPackageElement element = placed.get(i);
            try {
                channel.retract(publication, element);
            } catch (DistributionException | RuntimeException e) {
                left.add(0, element);
                LOG.warn("Could not take back element {} of {} after {}: {}", element.id(),
                        publication.mediaPackageId(), why, e.getMessage());
            }
        }
        return left;
    }
}
