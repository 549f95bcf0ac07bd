package org.syndicast.system.health.impl;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Cookie;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * {@code GET /system/metrics} in the Prometheus text format (version 0.0.4). A caller needs read access, like
 * every other endpoint (the one {@link Authentication} service), unless {@code metrics.anonymous=true}.
 */
@Component(service = MetricsResource.class, configurationPid = "org.syndicast.system")
@JaxrsResource
@JaxrsExtensionSelect(RestExtensions.SELECT_ERRORS)
@Path("system")
public final class MetricsResource {
    private final JobMetrics metrics;
    private final Authentication authentication;
    private volatile boolean anonymous;

    @Activate
    public MetricsResource(@Reference JobMetrics metrics, @Reference Authentication authentication,
            SystemConfig config) {
        this.metrics = metrics;
        this.authentication = authentication;
        modified(config);
    }

    @Modified
    void modified(SystemConfig config) {
        this.anonymous = config.metrics_anonymous();
    }

    @GET
    @Path("metrics")
    @Produces("text/plain;version=0.0.4;charset=UTF-8")
    public String metrics(@Context HttpHeaders headers) {
        if (!anonymous) {
            authentication.authorize(RequestCredentials.of(headers::getHeaderString, name -> {
                Cookie c = headers.getCookies().get(name);
                return c == null ? null : c.getValue();
            }, name -> null), Access.READ);
        }
        return metrics.scrape();
    }
}
