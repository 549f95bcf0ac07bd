package org.syndicast.kaltura.rest.impl;

import org.syndicast.kaltura.api.KalturaException;

/** What one call came to: a result (null for a void action) or an API error. */
sealed interface Outcome {

    record Result(Object value) implements Outcome {
    }

    record Failure(KalturaException error) implements Outcome {
    }

    static Outcome of(Object value) {
        return new Result(value);
    }

    static Outcome failed(KalturaException e) {
        return new Failure(e);
    }
}
