package org.syndicast.channel.download.impl;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target's {@link StaticFileServlet} in the HTTP Whiteboard at {@code {serve.path}/*} (default, unauthenticated
 * context), kept in step with the target's settings: a new serve path re-registers the servlet,
 * {@code serve.enabled=false} withdraws it, other changes reach the running servlet without a gap. A serve path
 * another target holds ({@link ServePaths}) is refused: {@link #apply} throws and nothing is served there.
 */
final class StaticFileServing {
    private static final Logger LOG = LoggerFactory.getLogger(StaticFileServing.class);

    private final BundleContext context;
    private final ServePaths paths;
    private final String target;
    private final String servletName;
    private final StaticFileServlet servlet;
    /** Guarded by {@code this}. */
    private ServiceRegistration<Servlet> registration;
    /** The serve path currently registered, or null; guarded by {@code this}. */
    private String registeredPath;

    StaticFileServing(BundleContext context, ServePaths paths, String target, String servletName,
            ChannelSettings settings) {
        this.context = context;
        this.paths = paths;
        this.target = target;
        this.servletName = servletName;
        this.servlet = new StaticFileServlet(settings);
    }

    /**
     * Serves as {@code settings} say.
     *
     * @throws IllegalStateException when another target serves at the wanted path; what was served stays
     */
    synchronized void apply(ChannelSettings settings) {
        String wanted = settings.serveEnabled() ? settings.servePath() : null;
        if (wanted != null && !paths.claim(wanted, target)) {
            throw new IllegalStateException("Download target '" + target + "' cannot serve at " + wanted
                    + ": target '" + paths.owner(wanted) + "' serves there; give it another serve.path");
        }
        servlet.update(settings);
        if (Objects.equals(wanted, registeredPath)) {
            return;
        }
        unregister();
        if (wanted != null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, wanted + "/*");
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, servletName);
            registration = context.registerService(Servlet.class, servlet, properties);
            registeredPath = wanted;
            LOG.info("Download target '{}' serves {} at {}/", target, settings.directory(), wanted);
        }
    }

    synchronized void close() {
        unregister();
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
        paths.release(registeredPath, target);
        LOG.info("Download target '{}' no longer serves at {}/", target, registeredPath);
        registration = null;
        registeredPath = null;
    }
}
