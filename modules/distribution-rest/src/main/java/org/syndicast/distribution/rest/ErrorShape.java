package org.syndicast.distribution.rest;

import javax.ws.rs.core.Response;

/**
 * How one dialect answers an error: a service with {@value #PATH} naming where the dialect lives below the
 * JAX-RS root (e.g. {@code assets/mediadb}). The one exception mapper decides status, code and message and
 * asks the shape of the longest path that the request's path starts with for the document; requests outside
 * every shape's path get the Opencast XML error document. Errors of requests that matched no resource (404,
 * 405) are answered in the shape of their path too.
 */
public interface ErrorShape {
    /** Service property: the path (segments, no leading slash) of the dialect's resources. */
    String PATH = "syndicast.error.path";

    /**
     * The error document of a failure, with its status and content type; the mapper adds headers and sends the
     * status this builder has (a dialect may answer every error with another status than {@code status}, as
     * Kaltura's does with 200).
     *
     * @param status  the HTTP status
     * @param code    a stable UPPER_SNAKE code, e.g. {@code NOT_FOUND}
     * @param message for people; never holds a secret
     */
    Response.ResponseBuilder error(int status, String code, String message);

    /** Whether a 401 carries the HTTP Basic challenge ({@code WWW-Authenticate}); true unless the dialect says no. */
    default boolean challenges() {
        return true;
    }
}
