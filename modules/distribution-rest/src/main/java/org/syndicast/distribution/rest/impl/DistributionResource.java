package org.syndicast.distribution.rest.impl;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.xml.ElementListXml;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.xml.JobXml;
import org.syndicast.distribution.api.MediaPackageElement;

/**
 * The Opencast distribution dialect, one set of endpoints per channel: {@code /distribution/{channel}} with
 * {@code /}, {@code /distributesync}, {@code /retract} and {@code /retractsync}. A channel whose bundle is
 * absent answers 404 on its whole path.
 */
@Component(service = DistributionResource.class, configurationPid = "org.syndicast.rest")
@JaxrsResource
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=" + AuthFilter.NAME + ")", "(osgi.jaxrs.name=" + ErrorMapper.NAME + ")",
        "(osgi.jaxrs.name=" + BodyLimitFilter.NAME + ")" })
@org.syndicast.distribution.rest.Authenticated
@org.syndicast.distribution.rest.BodyLimit
@Path("distribution/{channel}")
@Produces("text/xml;charset=UTF-8")
public final class DistributionResource {
    /** Optional and dynamic: while the core is down (no database), requests get a 503 document, not a bare 404. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Distributor distributor;
    private final FormCommands commands;

    @Activate
    public DistributionResource(RestConfig config) {
        this.commands = new FormCommands(config.organization());
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String distribute(@PathParam("channel") String channel, MultivaluedMap<String, String> form,
            @Context SecurityContext caller, @Context UriInfo uri) {
        Job job = core().distribute(command(channel, form, caller));
        return JobXml.write(job, jobUrl(uri, job));
    }

    @POST
    @Path("distributesync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String distributeSync(@PathParam("channel") String channel, MultivaluedMap<String, String> form,
            @Context SecurityContext caller) throws DistributionException {
        List<MediaPackageElement> done = core().distributeSync(command(channel, form, caller));
        return ElementListXml.write(done);
    }

    @POST
    @Path("retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String retract(@PathParam("channel") String channel, MultivaluedMap<String, String> form,
            @Context SecurityContext caller, @Context UriInfo uri) {
        Job job = core().retract(command(channel, form, caller));
        return JobXml.write(job, jobUrl(uri, job));
    }

    @POST
    @Path("retractsync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String retractSync(@PathParam("channel") String channel, MultivaluedMap<String, String> form,
            @Context SecurityContext caller) throws DistributionException {
        return ElementListXml.write(core().retractSync(command(channel, form, caller)));
    }

    /** The whole path of an absent channel is 404, whatever the form holds. */
    private DistributionCommand command(String channel, MultivaluedMap<String, String> form, SecurityContext caller) {
        if (!core().channels().contains(channel)) {
            throw new ChannelUnavailableException(channel);
        }
        return commands.of(channel, form, caller);
    }

    static URI jobUrl(UriInfo uri, Job job) {
        return uri.getBaseUriBuilder().path("services").path("job").path(job.id() + ".xml").build();
    }

    private Distributor core() {
        return Errors.available(distributor);
    }
}
