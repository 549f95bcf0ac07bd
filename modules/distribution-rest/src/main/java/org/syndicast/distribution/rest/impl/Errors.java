package org.syndicast.distribution.rest.impl;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.syndicast.distribution.api.ErrorXml;

/** Error responses: a status and the XML error document of CONTRACTS 1.6. */
final class Errors {
    static final MediaType XML = MediaType.valueOf("text/xml;charset=UTF-8");

    private Errors() {
    }

    static Response.ResponseBuilder response(Response.StatusType status, String code, String message) {
        return response(status.getStatusCode(), code, message);
    }

    static Response.ResponseBuilder response(int status, String code, String message) {
        return Response.status(status).type(XML).entity(ErrorXml.write(code, message));
    }
}
