package org.syndicast.distribution.api;

/**
 * A distribution channel: places elements on its target and takes them back down. One bundle registers
 * one service with the property {@value #CHANNEL_PROPERTY}; the job core finds channels by it, so removing
 * the bundle removes exactly that channel, and jobs for it wait until it returns.
 *
 * <p>The core calls these methods one element at a time from its worker threads, possibly concurrently for
 * different jobs. It makes multi-element jobs all-or-nothing by retracting what a failed job had placed.
 */
public interface DistributionService {

    /** The service property naming the channel, e.g. {@code distribution.channel=download}. */
    String CHANNEL_PROPERTY = "distribution.channel";

    /**
     * Publishes one element and returns it with its URL changed to where it was published; all other
     * fields stay. No reader of the target ever sees a partial file under the final name.
     *
     * @throws DistributionException retryable for trouble that may pass, permanent otherwise
     */
    MediaPackageElement distribute(Publication publication, MediaPackageElement element, ElementContent content)
            throws DistributionException;

    /**
     * Removes one published element, and containers this leaves empty. The element may carry the URL the
     * channel returned or its original one. Removing what is already gone succeeds.
     */
    void retract(Publication publication, MediaPackageElement element) throws DistributionException;

    /**
     * Confirms that a published element answers where {@link #distribute} said it is. The default asks
     * its URL with HEAD through the core's probe; a channel without public URLs checks its target instead.
     */
    default boolean isAvailable(Publication publication, MediaPackageElement published, AvailabilityProbe probe)
            throws DistributionException {
        return published.url() != null && probe.answers(published.url());
    }
}
