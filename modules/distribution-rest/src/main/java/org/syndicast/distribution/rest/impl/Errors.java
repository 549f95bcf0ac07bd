package org.syndicast.distribution.rest.impl;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.xml.ErrorXml;

/** Error responses: a status and the XML error document of CONTRACTS 1.6. */
final class Errors {
    static final MediaType XML = MediaType.valueOf("text/xml;charset=UTF-8");

    private Errors() {
    }

    /** The core, or a 503 when it is not running (its database is unreachable, or it is being restarted). */
    static <T> T available(T distributor) {
        if (distributor == null) {
            throw new WebApplicationException(response(503, "SERVICE_UNAVAILABLE",
                    "The distribution core is not running; is the database reachable? Try again shortly.")
                    .header("Retry-After", "10").build());
        }
        return distributor;
    }

    static Response.ResponseBuilder response(Response.StatusType status, String code, String message) {
        return response(status.getStatusCode(), code, message);
    }

    static Response.ResponseBuilder response(int status, String code, String message) {
        return Response.status(status).type(XML).entity(ErrorXml.write(code, message));
    }
}
