package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

/**
 * The ingest API's assets: create, list, get, update metadata and statuses, delete, the media package and the
 * change history. Bodies in JSON, XML ({@code <asset>}) or form fields; answers in JSON or XML.
 */
final class AssetHandlers {
    private static final int MAX_PAGE = 500;

    private final AssetStore store;
    private final long maxBody;

    AssetHandlers(AssetStore store, long maxBody) {
        this.store = store;
        this.maxBody = maxBody;
    }

    Reply create(Call call) throws IOException {
        AssetCaller c = call.caller();
        Map<String, Object> m = members(call);
        String id = Bodies.string(m, "id");
        if ("login".equals(id) || "mediadb".equals(id)) {
            // /assets/login and /assets/mediadb are endpoints: an asset of that name could not be reached
            throw new InvalidInputException("RESERVED_ID", "'" + id + "' is reserved and cannot be an asset id");
        }
        Asset a = store.create(c.tenant(), c.user(), new NewAsset(Optional.ofNullable(id),
                AssetJson.update(m)));
        return one(201, a, call);
    }

    Reply list(Call call) {
        int offset = call.queryInt("offset", 0);
        int limit = call.queryInt("limit", 50);
        if (limit < 0 || limit > MAX_PAGE || offset < 0) {
            throw new InvalidInputException("INVALID_PAGE", "limit must be 0 to " + MAX_PAGE + ", offset at least 0");
        }
        AssetPage page = store.list(new AssetQuery(call.caller().tenant(), given(call.query("q")), given(call.query("tag")),
                given(call.query("readiness")).map(s -> AssetJson.status(Readiness.class, s, "readiness")),
                given(call.query("moderation")).map(s -> AssetJson.status(Moderation.class, s, "moderation")),
                offset, limit));
        return Replies.either(200, call, AssetJson.page(page, offset, limit), () -> AssetXml.page(page, offset, limit));
    }

    Reply get(Call call, String id) {
        return one(200, find(call, id), call);
    }

    Reply update(Call call, String id) throws IOException {
        AssetCaller c = call.caller();
        Map<String, Object> m = members(call);
        if (m.containsKey("id") && !id.equals(Bodies.string(m, "id"))) {
            throw new InvalidInputException("INVALID_PARAMETER", "An asset's id cannot change");
        }
        return one(200, store.update(c.tenant(), c.user(), id, AssetJson.update(m)), call);
    }

    Reply delete(Call call, String id) {
        AssetCaller c = call.caller();
        return Replies.json(200, AssetJson.report(store.delete(c.tenant(), c.user(), id)));
    }

    Reply mediaPackage(Call call, String id) {
        return Replies.xml(200, AssetMediaPackages.xml(find(call, id)));
    }

    Reply changes(Call call, String id) {
        AssetCaller c = call.caller();
        return Replies.json(200, Map.of("changes", store.changes(c.tenant(), id).stream().map(AssetJson::change).toList()));
    }

    private Asset find(Call call, String id) {
        return store.find(call.caller().tenant(), id).orElseThrow(() -> AssetNotFoundException.asset(id));
    }

    private Map<String, Object> members(Call call) throws IOException {
        String text = Bodies.text(call.body(), maxBody);
        String type = call.contentType();
        boolean xml = type != null && type.toLowerCase(Locale.ROOT).contains("xml") || text.stripLeading().startsWith("<");
        return xml ? AssetXml.members(text) : Bodies.fields(type, text);
    }

    private static Reply one(int status, Asset a, Call call) {
        return Replies.either(status, call, AssetJson.asset(a), () -> AssetXml.asset(a));
    }

    private static Optional<String> given(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
