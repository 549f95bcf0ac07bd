package org.syndicast.kaltura.rest.impl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syndicast.distribution.api.json.Json;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.RawData;

/**
 * Answers in JSON ({@code format=1}), as the Node client and curl users read them: the bare result (an object
 * with {@code objectType} first, a string, a number, {@code null} for void), the bare error object
 * ({@code code}, {@code message}, {@code objectType}, {@code args} as a name → value object), and a JSON array for
 * a multirequest. Ints are numbers and booleans {@code true}/{@code false}; nulls are left out.
 */
final class JsonAnswer {
    static final String CONTENT_TYPE = "application/json";

    private JsonAnswer() {
    }

    static byte[] one(Outcome outcome) {
        return Json.write(tree(outcome)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] many(List<Outcome> outcomes) {
        List<Object> out = new ArrayList<>();
        outcomes.forEach(o -> out.add(tree(o)));
        return Json.write(out).getBytes(StandardCharsets.UTF_8);
    }

    private static Object tree(Outcome o) {
        if (o instanceof Outcome.Failure f) {
            return error(f.error());
        }
        return value(((Outcome.Result) o).value());
    }

    static Map<String, Object> error(KalturaException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.code());
        m.put("message", e.getMessage());
        m.put("objectType", "KalturaAPIException");
        m.put("args", new LinkedHashMap<>(e.args()));
        return m;
    }

    private static Object value(Object v) {
        if (v instanceof KObject k) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("objectType", k.objectType());
            k.fields().forEach((name, field) -> m.put(name, value(field)));
            return m;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(i -> out.add(value(i)));
            return out;
        }
        if (v instanceof RawData raw) {
            return Text.decode(raw.bytes()); // inside a multirequest: the data as text
        }
        return v; // String, Integer, Long, Boolean or null: the JSON type they are
    }
}
