package org.syndicast.asset.rest.impl;

import java.io.InputStream;
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
import javax.ws.rs.Produces;
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
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetMediaPackages;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.asset.api.AssetQuery;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.NewAsset;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.rest.Authenticated;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * The ingest API's assets: create, list, get, update metadata and statuses, delete, the media package and the
 * change history. Bodies in JSON, XML ({@code <asset>}) or form fields, at most {@code max.metadata.bytes};
 * answers in JSON or XML as the Accept header prefers (or {@code format=json|xml}).
 */
@Component(service = AssetResource.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" })
@JaxrsResource
@JaxrsExtensionSelect({ RestExtensions.SELECT_AUTH, RestExtensions.SELECT_ERRORS, DocumentWriter.SELECT })
@Authenticated
@Path("assets")
public final class AssetResource {
    private static final int MAX_PAGE = 500;

    private final AssetStore store;
    private final long maxBody;

    @Activate
    public AssetResource(@Reference AssetStore store, AssetRestConfig config) {
        this.store = store;
        this.maxBody = config.max_metadata_bytes();
    }

    @POST
    @Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body,
            @QueryParam("format") String format, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        Map<String, Object> m = members(type, body);
        String id = Bodies.string(m, "id");
        if ("login".equals(id) || "mediadb".equals(id)) {
            // /assets/login and /assets/mediadb are endpoints: an asset of that name could not be reached
            throw new InvalidInputException("RESERVED_ID", "'" + id + "' is reserved and cannot be an asset id");
        }
        Asset a = store.create(c.organization(), c.user(), new NewAsset(Optional.ofNullable(id), AssetJson.update(m)));
        return one(a).answer(201, format);
    }

    @GET
    @Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
    public Response list(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("readiness") String readiness, @QueryParam("moderation") String moderation,
            @QueryParam("offset") String offsetText, @QueryParam("limit") String limitText,
            @QueryParam("format") String format, @Context SecurityContext security) {
        int offset = number("offset", offsetText, 0);
        int limit = number("limit", limitText, 50);
        if (limit < 0 || limit > MAX_PAGE || offset < 0) {
            throw new InvalidInputException("INVALID_PAGE", "limit must be 0 to " + MAX_PAGE + ", offset at least 0");
        }
        AssetPage page = store.list(new AssetQuery(Principals.caller(security).organization(), given(q), given(tag),
                given(readiness).map(s -> AssetJson.status(Readiness.class, s, "readiness")),
                given(moderation).map(s -> AssetJson.status(Moderation.class, s, "moderation")), offset, limit));
        return new Document(AssetJson.page(page, offset, limit), () -> AssetXml.page(page, offset, limit))
                .answer(200, format);
    }

    @GET
    @Path("{id}")
    @Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
    public Response get(@PathParam("id") String id, @QueryParam("format") String format,
            @Context SecurityContext security) {
        return one(find(security, id)).answer(200, format);
    }

    @PUT
    @Path("{id}")
    @Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body, @QueryParam("format") String format, @Context SecurityContext security) {
        return update(id, type, body, format, security);
    }

    @POST
    @Path("{id}")
    @Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body, @QueryParam("format") String format, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        Map<String, Object> m = members(type, body);
        if (m.containsKey("id") && !id.equals(Bodies.string(m, "id"))) {
            throw new InvalidInputException("INVALID_PARAMETER", "An asset's id cannot change");
        }
        return one(store.update(c.organization(), c.user(), id, AssetJson.update(m))).answer(200, format);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        return Replies.json(200, AssetJson.report(store.delete(c.organization(), c.user(), id)));
    }

    @GET
    @Path("{id}/mediapackage.xml")
    public Response mediaPackage(@PathParam("id") String id, @Context SecurityContext security) {
        return Response.ok(AssetMediaPackages.xml(find(security, id))).type(Replies.XML).build();
    }

    @GET
    @Path("{id}/changes")
    public Response changes(@PathParam("id") String id, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        return Replies.json(200, Map.of("changes",
                store.changes(c.organization(), id).stream().map(AssetJson::change).toList()));
    }

    private Asset find(SecurityContext security, String id) {
        return store.find(Principals.caller(security).organization(), id).orElseThrow(() -> AssetNotFoundException.asset(id));
    }

    private Map<String, Object> members(String type, InputStream body) {
        String text = Bodies.text(body, maxBody);
        boolean xml = type != null && type.toLowerCase(Locale.ROOT).contains("xml") || text.stripLeading().startsWith("<");
        return xml ? AssetXml.members(text) : Bodies.fields(type, text);
    }

    private static Document one(Asset a) {
        return new Document(AssetJson.asset(a), () -> AssetXml.asset(a));
    }

    private static Optional<String> given(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    /** A whole-number query parameter, {@code fallback} when absent. */
    static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("INVALID_PARAMETER", "'" + name + "' must be a whole number");
        }
    }
}
