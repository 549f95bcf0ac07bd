package org.syndicast.distribution.api;

import java.net.URI;
import java.util.Optional;

/**
 * Resolves element URLs of a scheme the core does not read itself, e.g. {@code asset://{assetId}/{elementId}}
 * for elements in Syndicast's asset store. Registered as an OSGi service with the property
 * {@value #SCHEME_PROPERTY}; the core asks it while validating a command (so a missing asset is a 400 before
 * any job is queued) and again when the job runs.
 */
public interface ElementContentProvider {

    /** The service property naming the URL scheme served, e.g. {@code element.scheme=asset}. */
    String SCHEME_PROPERTY = "element.scheme";

    /**
     * The bytes behind {@code url} for a caller of {@code organization}, or empty when there is no such
     * element in that organization (one tenant never reads another's elements).
     */
    Optional<ElementContent> content(String organization, URI url);
}
