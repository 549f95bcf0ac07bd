package org.syndicast.asset.rest.impl;

import java.util.LinkedHashMap;
import java.util.Map;

import org.syndicast.distribution.api.json.Json;

/** Bodies in the two dialects: JSON documents, XML documents, and the error shape of each. */
final class Replies {
    static final String JSON = "application/json;charset=UTF-8";
    static final String XML = "text/xml;charset=UTF-8";

    private Replies() {
    }

    static Reply json(int status, Object body) {
        return new Reply(status).text(JSON, Json.write(body));
    }

    static Reply xml(int status, String body) {
        return new Reply(status).text(XML, body);
    }

    /** JSON or XML, as the call asks. */
    static Reply either(int status, Call call, Object json, java.util.function.Supplier<String> xml) {
        return call.wantsXml() ? xml(status, xml.get()) : json(status, json);
    }

    /** The ingest API's error: {@code {"error":{"code":"…","message":"…"}}}. */
    static Reply ingestError(int status, String code, String message) {
        return json(status, Map.of("error", ordered("code", code, "message", message)));
    }

    /** EnterMediaDB's error: {@code {"response":{"status":"error","reason":"…"}}}. */
    static Reply emdbError(int status, String reason) {
        return json(status, Map.of("response", ordered("status", "error", "reason", reason)));
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
