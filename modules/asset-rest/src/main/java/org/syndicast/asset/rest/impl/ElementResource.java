package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.StoredContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.rest.Authenticated;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * Elements of an asset: upload by {@code multipart/form-data} (every file part one element) or by a raw
 * streaming {@code PUT}, register from a URL, get, download (with ranges), delete. Bytes stream straight from
 * the request into the content store: the REST body limit does not apply here (no {@code @BodyLimit}), the
 * store's {@code max.element.bytes} does.
 */
@Component(service = ElementResource.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" })
@JaxrsResource
@JaxrsExtensionSelect({ RestExtensions.SELECT_AUTH, RestExtensions.SELECT_ERRORS })
@Authenticated
@Path("assets/{id}/elements")
public final class ElementResource {
    private final AssetStore store;
    private final long maxBody;

    @Activate
    public ElementResource(@Reference AssetStore store, AssetRestConfig config) {
        this.store = store;
        this.maxBody = config.max_metadata_bytes();
    }

    /** Multipart upload, or JSON / form fields naming a {@code url} to register from. */
    @POST
    public Response post(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body, @Context SecurityContext security) throws IOException {
        Caller c = Principals.caller(security);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            List<Map<String, Object>> stored = MultipartForm.eachFile(type, body, part -> {
                Map<String, Object> fields = Map.copyOf(part.fields());
                String mimetype = Optional.ofNullable(Bodies.string(fields, "mimetype")).orElse(part.contentType());
                return AssetJson.element(store.store(c.organization(), c.user(), id,
                        ElementParams.of(fields, mimetype, Optional.ofNullable(part.fileName())), part.bytes()));
            });
            // one file part: its element, as always; several: all of them, in the order of the parts
            return Replies.json(201, stored.size() == 1 ? stored.get(0) : Map.of("elements", stored));
        }
        Map<String, Object> fields = Bodies.fields(type, Bodies.text(body, maxBody));
        String url = Bodies.string(fields, "url");
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("MISSING_PARAMETER",
                    "Send the element as multipart/form-data, or name a 'url' to register it from");
        }
        URI source;
        try {
            source = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("INVALID_URL", "'url' is not a valid URL: " + e.getReason());
        }
        AssetElement e = store.storeFrom(c.organization(), c.user(), id,
                ElementParams.of(fields, Bodies.string(fields, "mimetype"), Optional.empty()), source);
        return Replies.json(201, AssetJson.element(e));
    }

    /** The raw body is the element's bytes, streamed; its description in query parameters. */
    @PUT
    @Path("{elementId}")
    public Response put(@PathParam("id") String id, @PathParam("elementId") String elementId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, @QueryParam("kind") String kind,
            @QueryParam("flavor") String flavor, @QueryParam("tags") String tags, @QueryParam("width") String width,
            @QueryParam("height") String height, @QueryParam("mimetype") String mimetype,
            @QueryParam("fileName") String fileName, InputStream body, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        Map<String, Object> fields = Replies.ordered("id", elementId, "kind", kind, "flavor", flavor, "tags", tags,
                "width", width, "height", height);
        String mime = mimetype != null ? mimetype
                : type == null || type.startsWith("application/octet-stream") ? null : type;
        AssetElement e = store.store(c.organization(), c.user(), id,
                ElementParams.of(fields, mime, Optional.ofNullable(fileName)), body);
        return Replies.json(201, AssetJson.element(e));
    }

    @GET
    @Path("{elementId}")
    public Response get(@PathParam("id") String id, @PathParam("elementId") String elementId,
            @Context SecurityContext security) {
        return Replies.json(200, AssetJson.element(content(security, id, elementId).element()));
    }

    /** The element's bytes (GET and HEAD), with validators and single ranges. */
    @GET
    @Path("{elementId}/content")
    public Response download(@PathParam("id") String id, @PathParam("elementId") String elementId,
            @Context HttpHeaders headers, @Context SecurityContext security) {
        return ContentResponses.serve(content(security, id, elementId), headers::getHeaderString, "private, max-age=0")
                .toResponse();
    }

    @DELETE
    @Path("{elementId}")
    public Response delete(@PathParam("id") String id, @PathParam("elementId") String elementId,
            @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        store.removeElement(c.organization(), c.user(), id, elementId);
        return Response.noContent().build();
    }

    private StoredContent content(SecurityContext security, String id, String elementId) {
        return store.content(Principals.caller(security).organization(), id, elementId)
                .orElseThrow(() -> new AssetNotFoundException("ELEMENT_NOT_FOUND",
                        "No element '" + elementId + "' in asset '" + id + "'"));
    }
}
