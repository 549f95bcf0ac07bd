package org.syndicast.kaltura.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.rest.RestExtensions;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.KalturaSessions;
import org.syndicast.kaltura.api.RawData;

/**
 * Kaltura's {@code /api_v3}: every path below it, by GET or POST, is a call (or a multirequest) whose parameters
 * come from the query string and the body, run on the {@link KalturaService} of its name, and answered with
 * HTTP 200 in XML, or JSON with {@code format=1}; errors included. It is not {@code @Authenticated}: the KS is a
 * parameter, so each call is authenticated on its own (see {@code CallContext}); and it carries no
 * {@code @BodyLimit}: the wire limits bodies itself so that an oversized one gets the Kaltura envelope too.
 */
@Component(service = KalturaResource.class, configurationPid = KalturaRestConfig.PID)
@Designate(ocd = KalturaRestConfig.class)
@JaxrsResource
@JaxrsExtensionSelect(RestExtensions.SELECT_ERRORS)
@Path("api_v3")
public final class KalturaResource {
    private final ServiceRegistry services = new ServiceRegistry();
    private final RequestReader reader;
    private final Calls calls;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile KalturaSessions sessions;

    @Activate
    public KalturaResource(@Reference Authentication authentication, KalturaRestConfig config) {
        this.reader = new RequestReader(config.max_body_bytes());
        this.calls = new Calls(services, authentication, () -> sessions);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addService(KalturaService service, Map<String, Object> properties) {
        services.add(service, properties);
    }

    void removeService(KalturaService service, Map<String, Object> properties) {
        services.remove(service, properties);
    }

    @GET
    public Response getRoot(@Context UriInfo uri) {
        return answer("", uri, null, null);
    }

    @POST
    public Response postRoot(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return answer("", uri, headers, body);
    }

    @GET
    @Path("{path: .*}")
    public Response get(@PathParam("path") String path, @Context UriInfo uri) {
        return answer(path, uri, null, null);
    }

    @POST
    @Path("{path: .*}")
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            InputStream body) {
        return answer(path, uri, headers, body);
    }

    private Response answer(String path, UriInfo uri, HttpHeaders headers, InputStream body) {
        Map<String, Object> params;
        try {
            params = RequestReader.query(uri.getRequestUri().getRawQuery());
        } catch (KalturaException e) {
            return Answers.one(false, Outcome.failed(e));
        }
        boolean json = Answers.json(params);
        boolean multi = false;
        try (Uploads uploads = new Uploads()) {
            Route route = Route.of(path);
            multi = Route.multirequest(route.service() != null ? route.service() : Answers.text(params.get("service")));
            if (headers != null) {
                reader.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), length(headers), body, params, uploads);
            }
            json = Answers.json(params);
            multi = Route.multirequest(route.service() != null ? route.service() : Answers.text(params.get("service")));
            if (multi) {
                return Answers.many(json, calls.many(params, uploads));
            }
            Outcome outcome = calls.one(route.service(), route.action(), params, uploads);
            if (outcome instanceof Outcome.Result r && r.value() instanceof RawData raw) {
                return Response.ok(raw.bytes(), raw.contentType()).build();
            }
            return Answers.one(json, outcome);
        } catch (KalturaException e) {
            return multi ? Answers.many(json, List.of(Outcome.failed(e))) : Answers.one(json, Outcome.failed(e));
        } catch (IOException e) {
            return Answers.one(json, Outcome.failed(new KalturaException("MALFORMED_REQUEST",
                    "The request body could not be read")));
        } catch (RuntimeException e) {
            return Answers.one(json, Outcome.failed(Calls.unexpected(e)));
        }
    }

    private static long length(HttpHeaders headers) {
        String l = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return l == null ? -1 : Long.parseLong(l.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
