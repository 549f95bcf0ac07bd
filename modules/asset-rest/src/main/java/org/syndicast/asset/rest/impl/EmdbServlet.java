package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.asset.api.AssetStore;

/**
 * {@code /assets/mediadb}: EnterMediaDB's distribution dialect. The published links are public; creating links
 * and deleting assets need a session key (or HTTP Basic). Every error is answered in EnterMediaDB's shape,
 * {@code {"response":{"status":"error","reason":"…"}}}.
 */
@Component(service = Servlet.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" },
        property = { "osgi.http.whiteboard.servlet.pattern=/assets/mediadb/*",
                "osgi.http.whiteboard.servlet.name=syndicast-mediadb" })
public final class EmdbServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Callers callers;
    private final transient EmdbHandlers handlers;

    @Activate
    public EmdbServlet(@Reference AssetStore store, @Reference Callers callers, AssetRestConfig config) {
        this.callers = callers;
        this.handlers = new EmdbHandlers(store, config.max_metadata_bytes(), config.emdb_public_url());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply reply;
        try {
            List<String> s = Routes.segments(request);
            String method = request.getMethod();
            boolean published = Routes.startsWith(s, "services", "distribution", "published") && s.size() >= 4;
            Call call = new Call(request, Guard.check(request, callers, published));
            reply = route(call, method, s, published);
        } catch (Throwable e) {
            Failures.Told told = Failures.of(e);
            reply = Replies.emdbError(told.status(), told.message());
        }
        reply.writeTo(response, !"HEAD".equals(request.getMethod()));
    }

    private Reply route(Call call, String method, List<String> s, boolean published) throws IOException {
        if (published) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                throw Failures.methodNotAllowed();
            }
            return handlers.published(call, s.get(3), String.join("/", s.subList(4, s.size())));
        }
        if (s.equals(List.of("services", "distribution", "create", "create"))) {
            return post(method, () -> handlers.create(call));
        }
        if (s.equals(List.of("services", "module", "asset", "deleteassets"))) {
            return post(method, () -> handlers.deleteAssets(call));
        }
        throw Failures.notFound();
    }

    private static Reply post(String method, Handler handler) throws IOException {
        if (!method.equals("POST")) {
            throw Failures.methodNotAllowed();
        }
        return handler.handle();
    }

    @FunctionalInterface
    private interface Handler {
        Reply handle() throws IOException;
    }
}
