package org.syndicast.asset.rest.impl;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.rest.Authenticated;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * EnterMediaDB's distribution calls (CONTRACTS 3) that need a session key (or HTTP Basic): create a link and
 * delete assets. Bodies are JSON or form fields; answers are in EnterMediaDB's shapes. The links themselves
 * are served publicly by {@link PublishedServlet}.
 */
@Component(service = EmdbResource.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" })
@JaxrsResource
@JaxrsExtensionSelect({ RestExtensions.SELECT_AUTH, RestExtensions.SELECT_ERRORS })
@Authenticated
@Path("assets/mediadb/services")
public final class EmdbResource {
    private final AssetStore store;
    private final long maxBody;
    private final String publicUrl;

    @Activate
    public EmdbResource(@Reference AssetStore store, AssetRestConfig config) {
        this.store = store;
        this.maxBody = config.max_metadata_bytes();
        String url = config.emdb_public_url() == null ? "" : config.emdb_public_url().trim();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @POST
    @Path("distribution/create/create")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body,
            @Context UriInfo uri, @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        Map<String, Object> f = Bodies.fields(type, Bodies.text(body, maxBody));
        String assetId = required(f, "assetid");
        Asset asset = store.find(c.organization(), assetId).orElseThrow(() -> AssetNotFoundException.asset(assetId));
        PublicLink link = store.createLink(c.organization(), c.user(), assetId,
                Optional.ofNullable(Bodies.string(f, "id")), EmdbExpiry.of(f));
        String root = publicUrl.isEmpty() ? uri.getBaseUriBuilder().path("assets/mediadb").build().toString() : publicUrl;
        String base = root + PublishedServlet.PUBLISHED + link.id() + "/";
        return Replies.json(200, Replies.ordered(
                "response", Replies.ordered("id", link.id(), "status", "ok"),
                "data", Replies.ordered("id", link.id(), "assetid", Replies.ordered("id", asset.id(), "name",
                        asset.title() == null ? "" : asset.title()),
                        "expires", link.expires().map(Instant::toString).orElse(null)),
                "urls", urls(base, asset)));
    }

    private static Map<String, Object> urls(String base, Asset asset) {
        List<Map<String, Object>> presets = new ArrayList<>();
        for (String name : Renditions.NAMED) {
            if (Renditions.pick(asset, name).isPresent()) {
                presets.add(Replies.ordered("name", name, "url", base + name));
            }
        }
        asset.elements().stream().filter(e -> e.flavor() != null)
                .forEach(e -> presets.add(Replies.ordered("name", e.flavor(), "url", base + e.flavor())));
        return Replies.ordered("baseurl", base, "largeimage", base + "largeimage", "thumb", base + "thumb",
                "original", base + "original", "originalUrl", base + "original", "presets", presets);
    }

    @POST
    @Path("module/asset/deleteassets")
    public Response deleteAssets(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body,
            @Context SecurityContext security) {
        Caller c = Principals.caller(security);
        Map<String, Object> f = Bodies.fields(type, Bodies.text(body, maxBody));
        List<String> ids = ids(f.get("assetid"));
        // every id is checked before any is deleted: a bad id deletes nothing
        ids.forEach(id -> store.find(c.organization(), id).orElseThrow(() -> AssetNotFoundException.asset(id)));
        List<Map<String, Object>> reports = new ArrayList<>();
        for (String id : ids) {
            reports.add(AssetJson.report(store.delete(c.organization(), c.user(), id)));
        }
        return Replies.json(200, Replies.ordered(
                "response", Replies.ordered("status", "ok", "rowsedited", Integer.toString(ids.size())),
                "data", reports));
    }

    private static List<String> ids(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o).trim()));
        } else if (v != null && !(v instanceof Map)) {
            for (String s : v.toString().split(",")) {
                out.add(s.trim());
            }
        }
        out.removeIf(String::isEmpty);
        if (out.isEmpty()) {
            throw new InvalidInputException("MISSING_PARAMETER", "'assetid' is required");
        }
        return out.stream().distinct().toList();
    }

    private static String required(Map<String, Object> f, String name) {
        String v = Bodies.string(f, name);
        if (v == null || v.isBlank()) {
            throw new InvalidInputException("MISSING_PARAMETER", "'" + name + "' is required");
        }
        return v.trim();
    }
}
