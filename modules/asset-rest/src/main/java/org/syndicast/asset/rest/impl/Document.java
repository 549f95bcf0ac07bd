package org.syndicast.asset.rest.impl;

import java.util.Locale;
import java.util.function.Supplier;

import javax.ws.rs.core.Response;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * An answer the ingest API has in JSON and in XML; {@link DocumentWriter} writes the form JAX-RS negotiated
 * from the Accept header (q-values honoured, JSON when the client does not mind), or the one {@code format}
 * names.
 *
 * @param json the JSON form, as maps and lists for the one JSON writer
 * @param xml  the XML form, built only when asked for
 */
record Document(Object json, Supplier<String> xml) {
    /** The media types of a negotiated answer, best first (qs: JSON unless the client prefers XML). */
    static final String JSON = "application/json;charset=UTF-8";
    static final String TEXT_XML = "text/xml;charset=UTF-8;qs=0.5";
    static final String APPLICATION_XML = "application/xml;charset=UTF-8;qs=0.5";

    /** {@code this} with {@code status}; {@code format=json|xml} overrides the negotiation. */
    Response answer(int status, String format) {
        Response.ResponseBuilder r = Response.status(status).entity(this);
        if (format == null || format.isBlank()) {
            return r.build();
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "xml" -> r.type(Replies.XML).build();
            case "json" -> r.type(Replies.JSON).build();
            default -> throw new InvalidInputException("INVALID_FORMAT", "format must be json or xml");
        };
    }
}
