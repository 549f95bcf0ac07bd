package org.syndicast.distribution.core.impl;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
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
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.MediaPackage;
import org.syndicast.distribution.api.xml.MediaPackageXml;
import org.syndicast.distribution.api.PublishedElement;
import org.syndicast.distribution.api.source.ElementSourcePolicy;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/**
 * The distribution core: validates commands completely before anything is queued, writes jobs, runs
 * synchronous calls, and keeps the registry of channels present now (one per {@code distribution.channel}).
 * Element URLs are checked and read through the {@link ElementSourcePolicy} service, the same one every other
 * module asks (this bundle's {@link ElementSources}).
 */
@Component(service = Distributor.class, configurationPid = "org.syndicast.distribution.core")
@Designate(ocd = CoreConfig.class)
public final class DistributorImpl implements Distributor {
    private static final Logger LOG = LoggerFactory.getLogger(DistributorImpl.class);

    private final Map<String, DistributionService> channels = new ConcurrentHashMap<>();
    private final JobStore store;
    private final PublicationStore publications;
    private final HttpClient http;
    private final ElementSourcePolicy sources;
    private final JobDispatcher dispatcher;
    private volatile Settings settings;
    private volatile CommandExecutor executor;

    @Activate
    public DistributorImpl(CoreConfig config,
            @Reference(target = "(osgi.unit.name=syndicast)") EntityManagerFactory emf,
            @Reference ElementSourcePolicy sources) {
        this.settings = Settings.of(config);
        this.sources = sources;
        this.store = new JobStore(emf);
        this.publications = new PublicationStore(emf);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.executor = executorFor(settings);
        this.dispatcher = new JobDispatcher(store, new JobRunner(store, this::channel, settings, executor),
                () -> Set.copyOf(channels.keySet()), settings);
        dispatcher.start();
    }

    /** A changed configuration applies at once, without stopping the dispatcher or any running job. */
    @Modified
    void modified(CoreConfig config) {
        Settings next = Settings.of(config);
        CommandExecutor nextExecutor = executorFor(next);
        this.settings = next;
        this.executor = nextExecutor;
        dispatcher.update(next, new JobRunner(store, this::channel, next, nextExecutor));
        LOG.info("Distribution core settings changed: {} workers, {} attempts", next.workers(), next.maxAttempts());
    }

    private CommandExecutor executorFor(Settings s) {
        return new CommandExecutor(sources, new HttpAvailabilityProbe(http, s), publications);
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
        executor.validate(command, true);
        return enqueue(command, JobArgs.DISTRIBUTE);
    }

    @Override
    public List<MediaPackageElement> distributeSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireChannel(command.channel());
        executor.validate(command, true);
        return executor.distribute(service, command);
    }

    @Override
    public Job retract(DistributionCommand command) {
        requireChannel(command.channel());
        executor.validate(command, false);
        return enqueue(command, JobArgs.RETRACT);
    }

    @Override
    public List<MediaPackageElement> retractSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireChannel(command.channel());
        executor.validate(command, false);
        return executor.retract(service, command);
    }

    @Override
    public List<PublishedElement> publications(String organization, String mediaPackageId) {
        return publications.published(organization, mediaPackageId);
    }

    @Override
    public List<Job> retractEverywhere(String organization, String creator, String mediaPackageId) {
        Map<List<String>, List<MediaPackageElement>> groups = new LinkedHashMap<>();
        for (PublishedElement p : publications.published(organization, mediaPackageId)) {
            groups.computeIfAbsent(List.of(p.channel(), p.channelId()), k -> new ArrayList<>()).add(p.element());
        }
        List<Job> jobs = new ArrayList<>();
        groups.forEach((key, elements) -> {
            MediaPackage mp = new MediaPackage(mediaPackageId, null, elements, null);
            mp = new MediaPackage(mediaPackageId, null, elements, MediaPackageXml.toXml(mp));
            jobs.add(enqueue(new DistributionCommand(key.get(0), organization, creator, key.get(1), mp,
                    elements.stream().map(MediaPackageElement::id).toList(), false, true), JobArgs.RETRACT));
        });
        return jobs;
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
}
