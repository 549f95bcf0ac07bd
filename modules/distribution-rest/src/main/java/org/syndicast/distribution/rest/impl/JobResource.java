package org.syndicast.distribution.rest.impl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.time.Duration;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.jobs.JobWaiter;
import org.syndicast.distribution.api.xml.JobJson;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.xml.JobXml;
import org.syndicast.distribution.rest.Authenticated;
import org.syndicast.distribution.rest.RestExtensions;

/** Job polling in the Opencast dialect: {@code /services/job/{id}.xml|json}, {@code /services/jobs.xml}, {@code /services/count}. */
@Component(service = JobResource.class, configurationPid = "org.syndicast.rest")
@JaxrsResource
@JaxrsExtensionSelect({ RestExtensions.SELECT_AUTH, RestExtensions.SELECT_ERRORS })
@Authenticated
@Path("services")
public final class JobResource {
    private static final int MAX_PAGE = 1000;

    /** Optional and dynamic: while the core is down (no database), requests get a 503 document, not a bare 404. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Distributor distributor;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JobWaiter waiter;
    private final String organization;

    @Activate
    public JobResource(RestConfig config) {
        this.organization = config.organization();
    }

    /** The job document; with {@code wait=N}, once the job is terminal or moved, or after N seconds (see {@link JobWaitParam}). */
    @GET
    @Path("job/{id: [0-9]{1,18}}.xml")
    @Produces("text/xml;charset=UTF-8")
    public void jobXml(@PathParam("id") long id, @QueryParam("wait") String wait, @Context UriInfo uri,
            @Context SecurityContext caller, @Suspended AsyncResponse response) {
        answer(id, wait, caller, response, job -> JobXml.write(job, DistributionResource.jobUrl(uri, job)));
    }

    @GET
    @Path("job/{id: [0-9]{1,18}}.json")
    @Produces("application/json;charset=UTF-8")
    public void jobJson(@PathParam("id") long id, @QueryParam("wait") String wait, @Context UriInfo uri,
            @Context SecurityContext caller, @Suspended AsyncResponse response) {
        answer(id, wait, caller, response, job -> JobJson.write(job, DistributionResource.jobUrl(uri, job)));
    }

    /**
     * Without {@code wait} (or {@code wait=0}) the job now, in this thread. With it the request is suspended: it
     * holds no thread while the core waits, and is resumed by the core's timer thread with the document or an
     * error, which the one error mapper turns into its document.
     */
    private void answer(long id, String wait, SecurityContext caller, AsyncResponse response,
            Function<Job, String> render) {
        Duration seconds = JobWaitParam.parse(wait);
        if (seconds.isZero()) {
            response.resume(render.apply(find(caller, id)));
            return;
        }
        JobWaiter waiter = Errors.available(this.waiter);
        core(); // a 503 now rather than after the wait
        String org = AuthFilter.organizationOf(caller, organization);
        // a little longer than the core's own deadline, which answers first with the job as it is then
        response.setTimeout(Math.min(seconds.getSeconds(), waiter.maxWait().getSeconds()) + 5, TimeUnit.SECONDS);
        waiter.await(org, id, seconds).whenComplete((job, failure) -> {
            if (failure != null) {
                response.resume(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            } else if (job.isEmpty()) {
                response.resume(notFound(id));
            } else {
                response.resume(render.apply(job.get()));
            }
        });
    }

    @GET
    @Path("jobs.xml")
    @Produces("text/xml;charset=UTF-8")
    public String jobs(@QueryParam("serviceType") String type, @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("100") String limit,
            @Context UriInfo uri, @Context SecurityContext caller) {
        int first = number("offset", offset, Integer.MAX_VALUE);
        int rows = number("limit", limit, MAX_PAGE);
        List<Job> jobs = core().jobs(query(caller, type, status, first, rows));
        return JobXml.writeList(jobs, j -> DistributionResource.jobUrl(uri, j));
    }

    @GET
    @Path("count")
    @Produces("text/plain;charset=UTF-8")
    public String count(@QueryParam("serviceType") String type, @QueryParam("status") String status,
            @Context SecurityContext caller) {
        return Long.toString(core().count(query(caller, type, status, 0, 0)));
    }

    private Job find(SecurityContext caller, long id) {
        return core().job(AuthFilter.organizationOf(caller, organization), id).orElseThrow(() -> notFound(id));
    }

    private static InvalidInputException notFound(long id) {
        return new InvalidInputException("JOB_NOT_FOUND", "No job " + id, 404);
    }

    private JobQuery query(SecurityContext caller, String type, String status, int offset, int limit) {
        return new JobQuery(AuthFilter.organizationOf(caller, organization), blank(type) ? Optional.empty() : Optional.of(type.trim()),
                blank(status) ? Optional.empty() : Optional.of(status(status)), offset, limit);
    }

    /** A paging parameter: a whole number from 0 to {@code max}, else a 400 that says so. */
    private static int number(String name, String value, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("INVALID_PAGE", "'" + name + "' must be a whole number from 0 to " + max);
    }

    private static JobStatus status(String s) {
        try {
            return JobStatus.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_STATUS", "Unknown job status '" + s.trim() + "'");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Distributor core() {
        return Errors.available(distributor);
    }
}
