package org.syndicast.channel.download.impl;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link StaticFileServlet} to the HTTP Whiteboard at {@code {serve.path}/*} in the default
 * (unauthenticated) context, and keeps that registration in step with the configuration: a new serve path
 * re-registers the servlet, {@code serve.enabled=false} withdraws it, other changes are handed to the running
 * servlet without a gap. The servlet is registered by hand because its pattern comes from a configuration
 * key of another name; a DS servlet component could only take the whiteboard property literally.
 */
@Component(service = {}, configurationPid = DownloadChannelConfig.PID)
public final class StaticFileServletRegistrar {
    static final String SERVLET_NAME = "syndicast-download-static";

    private static final Logger LOG = LoggerFactory.getLogger(StaticFileServletRegistrar.class);

    private final BundleContext context;
    private final StaticFileServlet servlet;
    /** Guarded by {@code this}. */
    private ServiceRegistration<Servlet> registration;
    /** The serve path currently registered, or null; guarded by {@code this}. */
    private String registeredPath;

    @Activate
    public StaticFileServletRegistrar(BundleContext context, DownloadChannelConfig config) {
        this.context = context;
        ChannelSettings settings = ChannelSettings.from(config);
        this.servlet = new StaticFileServlet(settings);
        apply(settings);
    }

    @Modified
    synchronized void modified(DownloadChannelConfig config) {
        ChannelSettings settings = ChannelSettings.from(config);
        servlet.update(settings);
        apply(settings);
    }

    @Deactivate
    synchronized void deactivate() {
        unregister();
    }

    private synchronized void apply(ChannelSettings settings) {
        String wanted = settings.serveEnabled() ? settings.servePath() : null;
        if (Objects.equals(wanted, registeredPath)) {
            return;
        }
        unregister();
        if (wanted != null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, wanted + "/*");
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, SERVLET_NAME);
            registration = context.registerService(Servlet.class, servlet, properties);
            registeredPath = wanted;
            LOG.info("Serving {} at {}/", settings.directory(), wanted);
        }
    }

    private void unregister() {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("Servlet registration was already gone", e);
        }
        LOG.info("No longer serving downloads at {}/", registeredPath);
        registration = null;
        registeredPath = null;
    }
}
