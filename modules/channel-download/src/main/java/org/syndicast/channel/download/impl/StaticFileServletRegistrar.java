package org.syndicast.channel.download.impl;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * Serves the default target's directory ({@link StaticFileServing}). The servlet is registered by hand because
 * its pattern comes from a configuration key of another name; a DS servlet component could only take the
 * whiteboard property literally. A serve path another target already holds keeps this component inactive; a
 * change to one keeps the previous path served, and both are logged.
 */
@Component(service = {}, configurationPid = DownloadChannelConfig.PID)
public final class StaticFileServletRegistrar {
    static final String SERVLET_NAME = "syndicast-download-static";

    private static final Logger LOG = LoggerFactory.getLogger(StaticFileServletRegistrar.class);

    private final StaticFileServing serving;

    @Activate
    public StaticFileServletRegistrar(BundleContext context, DownloadChannelConfig config,
            @Reference ServePaths paths) {
        ChannelSettings settings = ChannelSettings.from(config);
        this.serving = new StaticFileServing(context, paths, ChannelTargets.DEFAULT_TARGET, SERVLET_NAME, settings);
        serving.apply(settings);
    }

    @Modified
    void modified(DownloadChannelConfig config) {
        try {
            serving.apply(ChannelSettings.from(config));
        } catch (IllegalStateException e) {
            LOG.error("{}", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        serving.close();
    }
}
