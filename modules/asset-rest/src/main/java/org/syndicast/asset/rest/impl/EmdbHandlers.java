package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * EnterMediaDB's distribution links (CONTRACTS 3): create a link, serve its renditions publicly, delete assets.
 * Bodies are JSON or form fields; answers are in EnterMediaDB's shapes.
 */
final class EmdbHandlers {
    static final String PUBLISHED = "/services/distribution/published/";

    private final AssetStore store;
    private final long maxBody;
    private final String publicUrl;

    EmdbHandlers(AssetStore store, long maxBody, String publicUrl) {
        this.store = store;
        this.maxBody = maxBody;
        String url = publicUrl == null ? "" : publicUrl.trim();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    Reply create(Call call) throws IOException {
        AssetCaller c = call.caller();
        Map<String, Object> f = Bodies.fields(call.contentType(), Bodies.text(call.body(), maxBody));
        String assetId = required(f, "assetid");
        Asset asset = store.find(c.tenant(), assetId).orElseThrow(() -> AssetNotFoundException.asset(assetId));
        PublicLink link = store.createLink(c.tenant(), c.user(), assetId, Optional.ofNullable(Bodies.string(f, "id")),
                EmdbExpiry.of(f));
        String base = (publicUrl.isEmpty() ? call.servletUrl() : publicUrl) + PUBLISHED + link.id() + "/";
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

    /** GET or HEAD of a published link: the rendition's bytes, or 404 at once for a deleted or expired link. */
    Reply published(Call call, String linkId, String rendition) {
        PublicLink link = store.link(linkId).orElseThrow(() -> new AssetNotFoundException("LINK_NOT_FOUND",
                "No distribution '" + linkId + "'"));
        String name = rendition.endsWith("/") ? rendition.substring(0, rendition.length() - 1) : rendition;
        return store.find(link.tenant(), link.assetId()).flatMap(a -> Renditions.pick(a, name))
                .flatMap(e -> store.content(link.tenant(), link.assetId(), e.id()))
                .map(content -> ContentResponses.serve(content, call, "public, max-age=60"))
                .orElseThrow(() -> new AssetNotFoundException("RENDITION_NOT_FOUND",
                        "Distribution '" + linkId + "' has no rendition '" + (name.isEmpty() ? "original" : name) + "'"));
    }

    Reply deleteAssets(Call call) throws IOException {
        AssetCaller c = call.caller();
        Map<String, Object> f = Bodies.fields(call.contentType(), Bodies.text(call.body(), maxBody));
        List<String> ids = ids(f.get("assetid"));
        // every id is checked before any is deleted: a bad id deletes nothing
        ids.forEach(id -> store.find(c.tenant(), id).orElseThrow(() -> AssetNotFoundException.asset(id)));
        List<Map<String, Object>> reports = new ArrayList<>();
        for (String id : ids) {
            reports.add(AssetJson.report(store.delete(c.tenant(), c.user(), id)));
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
