package org.syndicast.channel.download.impl;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * One further target of the {@code download} channel: a factory configuration of
 * {@value DownloadChannelConfig#TARGET_PID} ({@code ...download.target~{name}}, or the file
 * {@code etc/org.syndicast.channel.download.target-{name}.cfg}) with the default target's keys: its own
 * directory, public URL and serve path. It serves its directory and registers its own {@link DistributionService}
 * ({@code distribution.target={name}}) by hand, since the name is part of the configuration's PID. A serve path
 * another target holds is refused: the target stays inactive, SCR logs why, and nothing is served or published.
 */
@Component(service = {}, configurationPid = DownloadChannelConfig.TARGET_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DownloadChannelConfig.class, factory = true)
public final class DownloadTargetComponent {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadTargetComponent.class);

    private final String name;
    private final DownloadDistributionService service;
    private final StaticFileServing serving;
    private final ServiceRegistration<DistributionService> registration;

    @Activate
    public DownloadTargetComponent(BundleContext context, DownloadChannelConfig config, Map<String, Object> properties,
            @Reference ServePaths paths) {
        this.name = nameOf(properties);
        ChannelSettings settings = ChannelSettings.from(config);
        this.serving = new StaticFileServing(context, paths, name, StaticFileServletRegistrar.SERVLET_NAME + "-" + name,
                settings);
        serving.apply(settings);
        this.service = new DownloadDistributionService(settings);
        Dictionary<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put(DistributionService.CHANNEL_PROPERTY, "download");
        serviceProperties.put(ChannelTargets.TARGET_PROPERTY, name);
        serviceProperties.put(ChannelTargets.FACTORY_PID_PROPERTY, DownloadChannelConfig.TARGET_PID);
        this.registration = context.registerService(DistributionService.class, service, serviceProperties);
        LOG.info("Download channel target '{}' is available", name);
    }

    static String nameOf(Map<String, Object> properties) {
        String name = ChannelTargets.targetOf(properties);
        if (ChannelTargets.DEFAULT_TARGET.equals(name) || !ChannelTargets.isValidName(name)) {
            throw new IllegalArgumentException("A download target needs a factory configuration named like "
                    + DownloadChannelConfig.TARGET_PID + "~partner-a (letters, digits, '.', '_', '-'; not 'default'),"
                    + " not " + properties.get("service.pid"));
        }
        return name;
    }

    /** New settings; a serve path another target holds is refused (logged) and the old one stays served. */
    @Modified
    void modified(DownloadChannelConfig config) {
        ChannelSettings settings = ChannelSettings.from(config);
        try {
            serving.apply(settings);
        } catch (IllegalStateException e) {
            LOG.error("{}", e.getMessage());
            return;
        }
        service.modified(config);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("Target '{}' was already unregistered", name, e);
        }
        serving.close();
        LOG.info("Download channel target '{}' is gone", name);
    }
}
