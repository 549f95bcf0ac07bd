package org.syndicast.distribution.rest.impl;

import java.util.Locale;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.xml.ErrorXml;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * The one place exceptions become responses: input errors keep their status and code, a failed synchronous
 * distribution is a 500 that says why, and anything unexpected is logged once with a reference the caller
 * gets instead of a stack trace or SQL text.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ErrorMapper.NAME)
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    static final String NAME = "syndicast.errors";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof InvalidInputException i) {
            return Errors.response(i.status(), i.code(), i.getMessage()).build();
        }
        if (e instanceof DistributionException d) {
            return Errors.response(500, d.code(), d.getMessage()).build();
        }
        if (e instanceof WebApplicationException w) {
            if (w.getResponse().hasEntity()) {
                return w.getResponse(); // one of ours, already an error document
            }
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e);
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
            String code = reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            // keep the exception's headers (Allow of a 405, WWW-Authenticate of a 401), replace its body
            return Response.fromResponse(w.getResponse()).type(Errors.XML).entity(ErrorXml.write(code, reason)).build();
        }
        return unexpected(e);
    }

    private static Response unexpected(Throwable e) {
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", ref, e);
        return Errors.response(500, "INTERNAL_ERROR", "Internal error; the server log has it under reference " + ref).build();
    }
}
