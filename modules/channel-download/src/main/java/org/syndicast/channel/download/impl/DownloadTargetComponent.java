package org.syndicast.channel.download.impl;

import java.util.Map;

import org.osgi.framework.BundleContext;
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
import org.syndicast.distribution.api.target.TargetRegistration;

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
    private final TargetRegistration registration;

    @Activate
    public DownloadTargetComponent(BundleContext context, DownloadChannelConfig config, Map<String, Object> properties,
            @Reference ServePaths paths) {
        this.name = nameOf(properties);
        ChannelSettings settings = ChannelSettings.from(config);
        this.serving = new StaticFileServing(context, paths, name, StaticFileServletRegistrar.SERVLET_NAME + "-" + name,
                settings);
        serving.apply(settings);
        this.service = new DownloadDistributionService(settings);
        this.registration = TargetRegistration.register(context, "download", DownloadChannelConfig.TARGET_PID, name,
                service);
        LOG.info("Download channel target '{}' is available", name);
    }

    static String nameOf(Map<String, Object> properties) {
        return TargetRegistration.nameOf("download", DownloadChannelConfig.TARGET_PID, properties);
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
        registration.close();
        serving.close();
        LOG.info("Download channel target '{}' is gone", name);
    }
}
