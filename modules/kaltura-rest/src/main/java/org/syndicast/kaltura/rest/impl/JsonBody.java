package org.syndicast.kaltura.rest.impl;

import java.util.Map;

import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.json.Json;
import org.syndicast.kaltura.api.KalturaException;

/** A JSON object of parameters, read by the server's one JSON reader; anything else is {@code MALFORMED_JSON}. */
final class JsonBody {
    private JsonBody() {
    }

    static Map<String, Object> parse(String text) {
        try {
            return Json.object(text);
        } catch (InvalidInputException e) {
            throw new KalturaException(WireException.MALFORMED_JSON, e.getMessage());
        }
    }
}
