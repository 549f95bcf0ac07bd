package org.syndicast.kaltura.rest.impl;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

/** HTTP 200 answers in the format a call asked for: JSON with {@code format=1}, XML otherwise. */
final class Answers {
    private Answers() {
    }

    static Response one(boolean json, Outcome outcome) {
        return json ? Response.ok(JsonAnswer.one(outcome), JsonAnswer.CONTENT_TYPE).build()
                : Response.ok(XmlAnswer.one(outcome), XmlAnswer.CONTENT_TYPE).build();
    }

    static Response many(boolean json, List<Outcome> outcomes) {
        return json ? Response.ok(JsonAnswer.many(outcomes), JsonAnswer.CONTENT_TYPE).build()
                : Response.ok(XmlAnswer.many(outcomes), XmlAnswer.CONTENT_TYPE).build();
    }

    /** Whether the parameters ask for JSON: {@code format} is 1 (as text or number). */
    static boolean json(Map<String, Object> params) {
        return "1".equals(text(params.get("format")));
    }

    /** A scalar parameter's text, trimmed; null for anything else. */
    static String text(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString().trim() : null;
    }
}
