package org.syndicast.kaltura.rest.impl;

import org.syndicast.kaltura.api.KalturaException;

/** Input the wire cannot read (malformed or oversized body): answered in the envelope, with our own codes. */
final class WireException {
    static final String MALFORMED_FORM = "MALFORMED_FORM";
    static final String MALFORMED_JSON = "MALFORMED_JSON";
    static final String MALFORMED_MULTIPART = "MALFORMED_MULTIPART";
    static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

    private WireException() {
    }

    static KalturaException malformedForm(String why) {
        return new KalturaException(MALFORMED_FORM, "Not a valid form body: " + why);
    }

    static KalturaException malformedMultipart(String why) {
        return new KalturaException(MALFORMED_MULTIPART, "Not a valid multipart/form-data body: " + why);
    }

    static KalturaException tooLarge(long max) {
        return new KalturaException(PAYLOAD_TOO_LARGE, "The request body is larger than the limit of " + max + " bytes");
    }
}
