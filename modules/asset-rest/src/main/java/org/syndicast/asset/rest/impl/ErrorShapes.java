package org.syndicast.asset.rest.impl;

import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.syndicast.distribution.rest.ErrorShape;

/** The error documents of the two asset dialects, given to the server's one exception mapper by path. */
final class ErrorShapes {
    private ErrorShapes() {
    }

    /** The ingest API's error below {@code /assets}: {@code {"error":{"code":"…","message":"…"}}}. */
    @Component(service = ErrorShape.class, property = ErrorShape.PATH + "=assets")
    public static final class Ingest implements ErrorShape {
        @Override
        public Response.ResponseBuilder error(int status, String code, String message) {
            return Response.status(status).type(Replies.JSON).entity(Replies.ingestError(code, message));
        }
    }

    /**
     * EnterMediaDB's error below {@code /assets/mediadb}: {@code {"response":{"status":"error","reason":"…"}}};
     * its clients log in for a session key, so a 401 carries no Basic challenge.
     */
    @Component(service = ErrorShape.class, property = ErrorShape.PATH + "=assets/mediadb")
    public static final class Emdb implements ErrorShape {
        @Override
        public Response.ResponseBuilder error(int status, String code, String message) {
            return Response.status(status).type(Replies.JSON).entity(Replies.emdbError(message));
        }

        @Override
        public boolean challenges() {
            return false;
        }
    }
}
