package org.syndicast.distribution.rest.impl;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.rest.ErrorShape;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * The one place exceptions become responses, for every dialect: input errors keep their status and code, a
 * refused caller is a 401 (with the Basic challenge where the dialect wants it) or 403, a failed synchronous
 * distribution is a 500 that says why, and anything unexpected is logged once with a reference the caller
 * gets instead of a stack trace or SQL text. The document comes from the {@link ErrorShape} of the request's
 * path; Opencast's XML where none claims it.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(RestExtensions.ERRORS)
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    static final String NAME = RestExtensions.ERRORS;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final ErrorShape OPENCAST = Errors::response;

    private final Map<String, ErrorShape> shapes = new ConcurrentHashMap<>();

    /** The request being answered (a proxy to it, injected by JAX-RS); null in unit tests. */
    @Context
    UriInfo uri;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addShape(ErrorShape shape, Map<String, Object> properties) {
        shapes.put(path(properties), shape);
    }

    void removeShape(ErrorShape shape, Map<String, Object> properties) {
        shapes.remove(path(properties), shape);
    }

    @Override
    public Response toResponse(Throwable e) {
        ErrorShape shape = shape();
        if (e instanceof InvalidInputException i) {
            return shape.error(i.status(), i.code(), i.getMessage()).build();
        }
        if (e instanceof AccessDeniedException a) {
            Response.ResponseBuilder denied = shape.error(a.status(), a.code(), a.getMessage());
            if (a.challenge() != null && shape.challenges()) {
                denied.header(HttpHeaders.WWW_AUTHENTICATE, a.challenge());
            }
            return denied.build();
        }
        if (e instanceof DistributionException d) {
            return shape.error(500, d.code(), d.getMessage()).build();
        }
        if (e instanceof WebApplicationException w) {
            if (w.getResponse().hasEntity()) {
                return w.getResponse(); // one of ours, already an error document
            }
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e, shape);
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
            String code = reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            // keep the exception's headers (Allow of a 405, WWW-Authenticate of a 401), replace its body; the status is
            // the shape's (Kaltura's answers every error with 200)
            Response document = shape.error(status, code, reason).build();
            return Response.fromResponse(w.getResponse()).status(document.getStatus()).type(document.getMediaType())
                    .entity(document.getEntity()).build();
        }
        return unexpected(e, shape);
    }

    /** The shape whose path is the longest that the request's path starts with, segment by segment. */
    private ErrorShape shape() {
        String path = requestPath();
        ErrorShape best = OPENCAST;
        int longest = -1;
        for (Map.Entry<String, ErrorShape> s : shapes.entrySet()) {
            String p = s.getKey();
            boolean under = path.equals(p) || path.startsWith(p + "/") || p.isEmpty();
            if (under && p.length() > longest) {
                best = s.getValue();
                longest = p.length();
            }
        }
        return best;
    }

    private String requestPath() {
        try {
            String p = uri == null ? null : uri.getPath();
            return p == null ? "" : strip(p.replaceAll("/{2,}", "/")); // "//api_v3" is under api_v3 too
        } catch (RuntimeException outsideARequest) {
            return "";
        }
    }

    private static String path(Map<String, Object> properties) {
        Object p = properties.get(ErrorShape.PATH);
        return p == null ? "" : strip(p.toString().trim());
    }

    private static String strip(String p) {
        String s = p.startsWith("/") ? p.substring(1) : p;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Response unexpected(Throwable e, ErrorShape shape) {
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", ref, e);
        return shape.error(500, "INTERNAL_ERROR", "Internal error; the server log has it under reference " + ref).build();
    }
}
