package org.syndicast.system.health.impl;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;

import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.distribution.api.json.Json;
import org.syndicast.distribution.rest.RestExtensions;

/**
 * {@code GET /system/health} for load balancers and monitors: 200 while every check is OK or WARN, 503 when one
 * is CRITICAL (or cannot run). Unauthenticated on purpose (a load balancer carries no credentials), so it
 * shows the statuses and the checks' names only; the messages are in {@code syndicast:health}.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestExtensions.SELECT_ERRORS)
@Path("system")
public final class HealthResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HealthCheckExecutor executor;

    @GET
    @Path("health")
    @Produces("application/json;charset=UTF-8")
    public Response health() {
        HealthCheckExecutor e = executor;
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        noCache.setNoStore(true);
        if (e == null) {
            return Response.status(503).cacheControl(noCache)
                    .entity("{\"status\":\"TEMPORARILY_UNAVAILABLE\",\"checks\":[]}").build();
        }
        HealthReport report = HealthReport.run(e);
        return Response.status(report.serving() ? 200 : 503).cacheControl(noCache)
                .entity(Json.write(report.publicView())).build();
    }
}
