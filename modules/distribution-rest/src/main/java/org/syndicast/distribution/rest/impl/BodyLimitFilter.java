package org.syndicast.distribution.rest.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.syndicast.distribution.rest.BodyLimit;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * Refuses request bodies over the configured size with 413: at once when Content-Length says so, and while
 * reading a chunked body that turns out too long. It applies to the resources and methods that carry
 * {@link BodyLimit} (name binding), so it runs once a request has matched one, before its body is read.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.syndicast.rest")
@JaxrsExtension
@JaxrsName(RestExtensions.LIMITS)
@BodyLimit
public final class BodyLimitFilter implements ContainerRequestFilter {
    static final String NAME = RestExtensions.LIMITS;

    private final long max;

    @Activate
    public BodyLimitFilter(RestConfig config) {
        this.max = config.max_body_bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    request.abortWith(tooLarge().getResponse());
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(Errors.response(400, "BAD_REQUEST", "Content-Length is not a number").build());
                return;
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), max));
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Errors.response(413, "PAYLOAD_TOO_LARGE",
                "Request body is larger than the limit of " + max + " bytes").build());
    }

    /** Counts what is read and stops at the limit. */
    private final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
