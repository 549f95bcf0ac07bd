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
 * {@code /assets}: the ingest API and {@code POST /assets/login}. A servlet of its own rather than JAX-RS
 * resources: the JAX-RS whiteboard applies every extension of an application to all of its resources (the
 * default application's 16 MiB body limit would cap uploads), and a second JAX-RS application collides with
 * the first in CXF's shared destination registry. Authentication, routing and the one error path are here.
 */
@Component(service = Servlet.class, configurationPid = { "org.syndicast.rest", "org.syndicast.asset.rest" },
        property = { "osgi.http.whiteboard.servlet.pattern=/assets/*", "osgi.http.whiteboard.servlet.name=syndicast-assets" })
public final class IngestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Callers callers;
    private final transient AssetHandlers assets;
    private final transient ElementHandlers elements;
    private final transient LoginHandler login;

    @Activate
    public IngestServlet(@Reference AssetStore store, @Reference Callers callers, AssetRestConfig config) {
        this.callers = callers;
        this.assets = new AssetHandlers(store, config.max_metadata_bytes());
        this.elements = new ElementHandlers(store, config.max_metadata_bytes());
        this.login = new LoginHandler(callers);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply reply;
        try {
            List<String> s = Routes.segments(request);
            String method = request.getMethod();
            boolean isLogin = s.size() == 1 && s.get(0).equals("login") && method.equals("POST");
            Call call = new Call(request, Guard.check(request, callers, isLogin));
            reply = isLogin ? login.login(call) : route(call, method, s);
        } catch (Throwable e) {
            Failures.Told told = Failures.of(e);
            reply = Replies.ingestError(told.status(), told.code(), told.message());
            if (told.status() == 401) {
                reply.header("WWW-Authenticate", "Basic realm=\"Syndicast\", charset=\"UTF-8\"");
            }
        }
        reply.writeTo(response, !"HEAD".equals(request.getMethod()));
    }

    private Reply route(Call call, String method, List<String> s) throws IOException {
        if (s.isEmpty()) {
            return switch (method) {
                case "GET", "HEAD" -> assets.list(call);
                case "POST" -> assets.create(call);
                default -> throw Failures.methodNotAllowed();
            };
        }
        String id = s.get(0);
        if (s.size() == 1) {
            return switch (method) {
                case "GET", "HEAD" -> assets.get(call, id);
                case "PUT", "POST" -> assets.update(call, id);
                case "DELETE" -> assets.delete(call, id);
                default -> throw Failures.methodNotAllowed();
            };
        }
        String what = s.get(1);
        if (s.size() == 2 && what.equals("mediapackage.xml") && isRead(method)) {
            return assets.mediaPackage(call, id);
        }
        if (s.size() == 2 && what.equals("changes") && isRead(method)) {
            return assets.changes(call, id);
        }
        if (!what.equals("elements")) {
            throw Failures.notFound();
        }
        if (s.size() == 2) {
            if (!method.equals("POST")) {
                throw Failures.methodNotAllowed();
            }
            return elements.post(call, id);
        }
        String elementId = s.get(2);
        if (s.size() == 3) {
            return switch (method) {
                case "PUT" -> elements.put(call, id, elementId);
                case "GET", "HEAD" -> elements.get(call, id, elementId);
                case "DELETE" -> elements.delete(call, id, elementId);
                default -> throw Failures.methodNotAllowed();
            };
        }
        if (s.size() == 4 && s.get(3).equals("content") && isRead(method)) {
            return elements.download(call, id, elementId);
        }
        throw Failures.notFound();
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }
}
