package org.syndicast.distribution.core.impl;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;

/**
 * The distribution core: validates commands completely before anything is queued, writes jobs, runs
 * synchronous calls, and keeps the registry of channels present now (one per {@code distribution.channel}).
 */
@Component(service = Distributor.class, configurationPid = "org.syndicast.distribution.core")
@Designate(ocd = CoreConfig.class)
public final class DistributorImpl implements Distributor {
    private static final Logger LOG = LoggerFactory.getLogger(DistributorImpl.class);

    private final Map<String, DistributionService> channels = new ConcurrentHashMap<>();
    private final Settings settings;
    private final JobStore store;
    private final ElementSources sources;
    private final HttpAvailabilityProbe probe;
    private final JobDispatcher dispatcher;

    @Activate
    public DistributorImpl(CoreConfig config,
            @Reference(target = "(osgi.unit.name=syndicast)") EntityManagerFactory emf) {
        this.settings = Settings.of(config);
        this.store = new JobStore(emf);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.sources = new ElementSources(settings, http);
        this.probe = new HttpAvailabilityProbe(http, settings);
        JobRunner runner = new JobRunner(store, this::channel, settings, sources, probe);
        this.dispatcher = new JobDispatcher(store, runner, () -> Set.copyOf(channels.keySet()), settings);
        dispatcher.start();
    }

    @Deactivate
    void deactivate() {
        dispatcher.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindChannel(DistributionService service, Map<String, Object> properties) {
        Object name = properties.get(DistributionService.CHANNEL_PROPERTY);
        if (name == null) {
            LOG.warn("Ignoring a DistributionService without the {} property", DistributionService.CHANNEL_PROPERTY);
            return;
        }
        channels.put(name.toString(), service);
        LOG.info("Channel '{}' is available", name);
        if (dispatcher != null) {
            dispatcher.wakeUp();
        }
    }

    void unbindChannel(DistributionService service, Map<String, Object> properties) {
        Object name = properties.get(DistributionService.CHANNEL_PROPERTY);
        if (name != null && channels.remove(name.toString(), service)) {
            LOG.info("Channel '{}' is gone; its jobs wait for it", name);
        }
    }

    @Override
    public Set<String> channels() {
        return Set.copyOf(channels.keySet());
    }

    @Override
    public Job distribute(DistributionCommand command) {
        requireChannel(command.channel());
        validate(command, true);
        return enqueue(command, JobArgs.DISTRIBUTE);
    }

    @Override
    public List<MediaPackageElement> distributeSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireChannel(command.channel());
        Publication publication = validate(command, true);
        return ChannelExecution.distribute(service, publication, elements(command), sources::resolve,
                command.checkAvailability(), command.preserveReference(), probe);
    }

    @Override
    public Job retract(DistributionCommand command) {
        requireChannel(command.channel());
        validate(command, false);
        return enqueue(command, JobArgs.RETRACT);
    }

    @Override
    public List<MediaPackageElement> retractSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireChannel(command.channel());
        Publication publication = validate(command, false);
        return ChannelExecution.retract(service, publication, elements(command));
    }

    @Override
    public Optional<Job> job(String organization, long id) {
        return store.find(id).filter(j -> j.organization().equals(organization));
    }

    @Override
    public List<Job> jobs(JobQuery query) {
        return store.list(query);
    }

    @Override
    public long count(JobQuery query) {
        return store.count(query);
    }

    private Optional<DistributionService> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    private DistributionService requireChannel(String name) {
        DistributionService service = channels.get(name);
        if (service == null) {
            throw new ChannelUnavailableException(name);
        }
        return service;
    }

    private Job enqueue(DistributionCommand command, String operation) {
        Job job = store.create(new NewJob(Job.typeOf(command.channel()), command.channel(), command.creator(),
                command.organization(), operation, JobArgs.of(command), settings.serverUrl()), System.currentTimeMillis());
        dispatcher.wakeUp();
        return job;
    }

    /** Everything that can be known wrong before running: segments, element ids, and for distribution the sources. */
    private Publication validate(DistributionCommand command, boolean distribute) {
        Publication publication = new Publication(command.organization(), command.channelId(), command.mediaPackage().id());
        List<MediaPackageElement> elements = elements(command);
        if (distribute) {
            elements.forEach(sources::resolve);
        }
        return publication;
    }

    /** The command's elements in request order; an id the package lacks is a 400. */
    static List<MediaPackageElement> elements(DistributionCommand command) {
        if (command.elementIds().isEmpty()) {
            throw new InvalidInputException("INVALID_ELEMENT_ID", "No element id given");
        }
        List<MediaPackageElement> out = new ArrayList<>();
        for (String id : command.elementIds()) {
            out.add(command.mediaPackage().element(id).orElseThrow(() -> new InvalidInputException("ELEMENT_NOT_FOUND",
                    "No element '" + id + "' in mediapackage '" + command.mediaPackage().id() + "'")));
        }
        return out;
    }
}
