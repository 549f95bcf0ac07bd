package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.StoredContent;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * Elements of an asset: upload by {@code multipart/form-data} or by a raw streaming {@code PUT}, register from a
 * URL, get, download (with ranges), delete. Bytes stream straight into the content store: no body limit but the
 * store's {@code max.element.bytes} applies.
 */
final class ElementHandlers {
    private final AssetStore store;
    private final long maxBody;

    ElementHandlers(AssetStore store, long maxBody) {
        this.store = store;
        this.maxBody = maxBody;
    }

    /** POST: multipart upload, or JSON / form fields naming a {@code url} to register from. */
    Reply post(Call call, String id) throws IOException {
        String type = call.contentType() == null ? "" : call.contentType().toLowerCase(Locale.ROOT);
        AssetCaller c = call.caller();
        if (type.startsWith("multipart/form-data")) {
            List<Map<String, Object>> stored = MultipartForm.eachFile(call.contentType(), call.body(), part -> {
                Map<String, Object> fields = Map.copyOf(part.fields());
                String mimetype = Optional.ofNullable(Bodies.string(fields, "mimetype")).orElse(part.contentType());
                return AssetJson.element(store.store(c.tenant(), c.user(), id,
                        ElementParams.of(fields, mimetype, Optional.ofNullable(part.fileName())), part.bytes()));
            });
            // one file part: its element, as always; several: all of them, in the order of the parts
            return Replies.json(201, stored.size() == 1 ? stored.get(0) : Map.of("elements", stored));
        }
        Map<String, Object> fields = Bodies.fields(call.contentType(), Bodies.text(call.body(), maxBody));
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
        AssetElement e = store.storeFrom(c.tenant(), c.user(), id,
                ElementParams.of(fields, Bodies.string(fields, "mimetype"), Optional.empty()), source);
        return Replies.json(201, AssetJson.element(e));
    }

    /** PUT: the raw body is the element's bytes; its description in query parameters. */
    Reply put(Call call, String id, String elementId) throws IOException {
        AssetCaller c = call.caller();
        Map<String, Object> fields = Replies.ordered("id", elementId, "kind", call.query("kind"), "flavor",
                call.query("flavor"), "tags", call.query("tags"), "width", call.query("width"), "height",
                call.query("height"));
        String type = call.contentType();
        String mime = call.query("mimetype") != null ? call.query("mimetype")
                : type == null || type.startsWith("application/octet-stream") ? null : type;
        AssetElement e = store.store(c.tenant(), c.user(), id,
                ElementParams.of(fields, mime, Optional.ofNullable(call.query("fileName"))), call.body());
        return Replies.json(201, AssetJson.element(e));
    }

    Reply get(Call call, String id, String elementId) {
        return Replies.json(200, AssetJson.element(content(call, id, elementId).element()));
    }

    Reply download(Call call, String id, String elementId) {
        return ContentResponses.serve(content(call, id, elementId), call, "private, max-age=0");
    }

    Reply delete(Call call, String id, String elementId) {
        AssetCaller c = call.caller();
        store.removeElement(c.tenant(), c.user(), id, elementId);
        return new Reply(204);
    }

    private StoredContent content(Call call, String id, String elementId) {
        return store.content(call.caller().tenant(), id, elementId).orElseThrow(() -> new AssetNotFoundException(
                "ELEMENT_NOT_FOUND", "No element '" + elementId + "' in asset '" + id + "'"));
    }
}
