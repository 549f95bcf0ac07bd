package org.syndicast.distribution.core.impl;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

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
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.MediaPackage;
import org.syndicast.distribution.api.xml.MediaPackageXml;
import org.syndicast.distribution.api.PublishedElement;
import org.syndicast.distribution.api.jobs.JobEvents;
import org.syndicast.distribution.api.jobs.JobWaiter;
import org.syndicast.distribution.api.source.ElementSourcePolicy;
import org.syndicast.distribution.core.impl.persistence.JobStore;
import org.syndicast.distribution.core.impl.persistence.NewJob;
import org.syndicast.distribution.core.impl.persistence.PublicationStore;

/**
 * The distribution core: validates commands completely before anything is queued, writes jobs, runs
 * synchronous calls, and keeps the registry of channels present now (one service per {@code distribution.channel}
 * and {@code distribution.target}). Element URLs are checked and read through the {@link ElementSourcePolicy}
 * service, the same one every other module asks (this bundle's {@link ElementSources}).
 */
@Component(service = { Distributor.class, JobWaiter.class }, configurationPid = "org.syndicast.distribution.core")
@Designate(ocd = CoreConfig.class)
public final class DistributorImpl implements Distributor, JobWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(DistributorImpl.class);

    private final ChannelRegistry channels = new ChannelRegistry();
    private final JobStore store;
    private final PublicationStore publications;
    private final HttpClient http;
    private final ElementSourcePolicy sources;
    private final JobDispatcher dispatcher;
    private final JobWaits waits;
    private final JobEventFan events = new JobEventFan();
    private volatile Settings settings;
    private volatile CommandExecutor executor;

    @Activate
    public DistributorImpl(CoreConfig config,
            @Reference(target = "(osgi.unit.name=syndicast)") EntityManagerFactory emf,
            @Reference ElementSourcePolicy sources) {
        this.settings = Settings.of(config);
        this.sources = sources;
        this.store = new JobStore(emf, this::jobChanged);
        this.waits = new JobWaits(this.store::find, this.store::states, maxWait(config),
                Duration.ofMillis(config.job_wait_check_ms()));
        this.publications = new PublicationStore(emf);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.executor = executorFor(settings);
        this.dispatcher = new JobDispatcher(store, new JobRunner(store, channels::service, settings, executor, events),
                channels::targets, settings);
        dispatcher.start();
    }

    /** A changed configuration applies at once, without stopping the dispatcher or any running job. */
    @Modified
    void modified(CoreConfig config) {
        Settings next = Settings.of(config);
        CommandExecutor nextExecutor = executorFor(next);
        this.settings = next;
        this.executor = nextExecutor;
        dispatcher.update(next, new JobRunner(store, channels::service, next, nextExecutor, events));
        waits.max(maxWait(config));
        LOG.info("Distribution core settings changed: {} workers, {} attempts", next.workers(), next.maxAttempts());
    }

    private CommandExecutor executorFor(Settings s) {
        return new CommandExecutor(sources, new HttpAvailabilityProbe(http, s), publications);
    }

    /** The store changed a job: whoever waits for it hears now (the store calls this only after the constructor). */
    private void jobChanged(long id) {
        waits.changed(id);
    }

    private static Duration maxWait(CoreConfig config) {
        return Duration.ofSeconds(Math.max(0, config.job_wait_max_seconds()));
    }

    @Deactivate
    void deactivate() {
        dispatcher.stop();
        waits.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindChannel(DistributionService service, Map<String, Object> properties) {
        Optional<ChannelRegistry.Entry> added = channels.add(service, properties);
        if (added.isEmpty()) {
            LOG.warn("Ignoring a DistributionService without the {} property", DistributionService.CHANNEL_PROPERTY);
            return;
        }
        LOG.info("Channel '{}' target '{}' is available", added.get().channel(), added.get().target());
        if (dispatcher != null) {
            dispatcher.wakeUp();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindEvents(JobEvents listener) {
        events.add(listener);
    }

    void unbindEvents(JobEvents listener) {
        events.remove(listener);
    }

    void unbindChannel(DistributionService service, Map<String, Object> properties) {
        channels.remove(service, properties).ifPresent(e ->
                LOG.info("Channel '{}' target '{}' is gone; its jobs wait for it", e.channel(), e.target()));
    }

    @Override
    public Set<String> channels() {
        return channels.channels();
    }

    @Override
    public Job distribute(DistributionCommand command) {
        requireTarget(command);
        executor.validate(command, true);
        return enqueue(command, JobArgs.DISTRIBUTE);
    }

    @Override
    public List<MediaPackageElement> distributeSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireTarget(command);
        executor.validate(command, true);
        return executor.distribute(service, command);
    }

    @Override
    public Job retract(DistributionCommand command) {
        requireTarget(command);
        executor.validate(command, false);
        return enqueue(command, JobArgs.RETRACT);
    }

    @Override
    public List<MediaPackageElement> retractSync(DistributionCommand command) throws DistributionException {
        DistributionService service = requireTarget(command);
        executor.validate(command, false);
        return executor.retract(service, command);
    }

    @Override
    public List<PublishedElement> publications(String organization, String mediaPackageId) {
        return publications.published(organization, mediaPackageId);
    }

    @Override
    public List<Job> retractEverywhere(String organization, String creator, String mediaPackageId) {
        // first: queued distributions of the package fail, running ones will take back instead of recording;
        // only then the inventory is read, so a distribution finishing meanwhile is either in it or withdrawn
        int withdrawn = store.withdraw(organization, mediaPackageId, JobArgs.DISTRIBUTE, JobRunner.RETRACTED,
                System.currentTimeMillis());
        if (withdrawn > 0) {
            LOG.info("Retracting {} everywhere: {} distribution job(s) of it withdrawn", mediaPackageId, withdrawn);
        }
        Map<List<String>, List<MediaPackageElement>> groups = new LinkedHashMap<>();
        for (PublishedElement p : publications.published(organization, mediaPackageId)) {
            groups.computeIfAbsent(List.of(p.channel(), p.target(), p.channelId()), k -> new ArrayList<>())
                    .add(p.element());
        }
        List<Job> jobs = new ArrayList<>();
        groups.forEach((key, elements) -> {
            MediaPackage mp = new MediaPackage(mediaPackageId, null, elements, null);
            mp = new MediaPackage(mediaPackageId, null, elements, MediaPackageXml.toXml(mp));
            jobs.add(enqueue(new DistributionCommand(key.get(0), organization, creator, key.get(2), mp,
                    elements.stream().map(MediaPackageElement::id).toList(), false, true, key.get(1)),
                    JobArgs.RETRACT));
        });
        return jobs;
    }

    @Override
    public Optional<Job> job(String organization, long id) {
        return store.find(id).filter(j -> j.organization().equals(organization));
    }

    @Override
    public CompletionStage<Optional<Job>> await(String organization, long id, Duration max) {
        return waits.await(organization, id, max);
    }

    @Override
    public Duration maxWait() {
        return waits.max();
    }

    @Override
    public List<Job> jobs(JobQuery query) {
        return store.list(query);
    }

    @Override
    public long count(JobQuery query) {
        return store.count(query);
    }

    /**
     * The service of the command's target. A channel without its default target is unavailable (503); a named
     * target that is not present is bad input (400), before any job is queued.
     */
    private DistributionService requireTarget(DistributionCommand command) {
        Optional<DistributionService> service = channels.service(command.channel(), command.target());
        if (service.isPresent()) {
            return service.get();
        }
        if (command.target() == null || !channels.hasChannel(command.channel())) {
            throw new ChannelUnavailableException(command.channel());
        }
        throw new InvalidInputException("TARGET_NOT_FOUND",
                "Channel '" + command.channel() + "' has no target '" + command.target() + "'");
    }

    private Job enqueue(DistributionCommand command, String operation) {
        Job job = store.create(new NewJob(Job.typeOf(command.channel()), command.channel(), command.creator(),
                command.organization(), operation, JobArgs.of(command), settings.serverUrl(), command.targetName(),
                command.mediaPackage().id()),
                System.currentTimeMillis());
        dispatcher.wakeUp();
        events.queued(job);
        return job;
    }
}
