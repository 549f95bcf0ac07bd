package org.syndicast.asset.rest.impl;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.syndicast.distribution.api.json.Json;

/** JSON answers of the asset dialects, and the error document of each. */
final class Replies {
    static final String JSON = "application/json;charset=UTF-8";
    static final String XML = "text/xml;charset=UTF-8";

    private Replies() {
    }

    /** A JSON answer, whatever the request's Accept header says (these documents have no XML form). */
    static Response json(int status, Object body) {
        return Response.status(status).type(JSON).entity(Json.write(body)).build();
    }

    /** The ingest API's error: {@code {"error":{"code":"…","message":"…"}}}. */
    static String ingestError(String code, String message) {
        return Json.write(Map.of("error", ordered("code", code, "message", message)));
    }

    /** EnterMediaDB's error: {@code {"response":{"status":"error","reason":"…"}}}. */
    static String emdbError(String reason) {
        return Json.write(Map.of("response", ordered("status", "error", "reason", reason)));
    }

    /** A map keeping the order of the given key-value pairs (null values left out). */
    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
