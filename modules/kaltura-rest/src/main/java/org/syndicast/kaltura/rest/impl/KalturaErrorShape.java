package org.syndicast.kaltura.rest.impl;

import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.syndicast.distribution.rest.ErrorShape;
import org.syndicast.kaltura.api.KalturaException;

/**
 * The Kaltura envelope for what fails below {@code /api_v3} before the resource answers (no matching method, a
 * method other than GET and POST, a request JAX-RS itself refuses): HTTP 200 and the XML error document, as every
 * answer of this wire, never an HTML page or another status, and no Basic challenge. A path that matches nothing
 * is {@code SERVICE_DOES_NOT_EXISTS}.
 */
@Component(service = ErrorShape.class, property = ErrorShape.PATH + "=api_v3")
public final class KalturaErrorShape implements ErrorShape {

    @Override
    public Response.ResponseBuilder error(int status, String code, String message) {
        String c = status == 404 ? KalturaException.SERVICE_DOES_NOT_EXISTS
                : code != null && code.matches("[A-Z][A-Z0-9_]*") ? code : KalturaException.INTERNAL_SERVER_ERROR;
        String m = message == null || message.isEmpty() ? "HTTP " + status : message;
        return Response.ok(XmlAnswer.one(Outcome.failed(new KalturaException(c, m))), XmlAnswer.CONTENT_TYPE);
    }

    @Override
    public boolean challenges() {
        return false;
    }
}
