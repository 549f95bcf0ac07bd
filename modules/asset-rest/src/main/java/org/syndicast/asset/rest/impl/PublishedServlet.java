package org.syndicast.asset.rest.impl;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.distribution.api.InvalidInputException;

/**
 * The public EnterMediaDB links, {@code /assets/mediadb/services/distribution/published/{link}/{rendition}}:
 * stored bytes served to anyone (GET and HEAD, validators, single ranges), or a 404 at once for a deleted or
 * expired link. A servlet rather than a JAX-RS resource: it streams files to anonymous clients with exact
 * HEAD answers and needs none of the REST extensions. Its errors have EnterMediaDB's shape; this is its own
 * small error path, as a servlet is outside the JAX-RS mapper.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/assets/mediadb" + PublishedServlet.PATTERN,
        "osgi.http.whiteboard.servlet.name=syndicast-mediadb-published" })
public final class PublishedServlet extends HttpServlet {
    static final String PUBLISHED = "/services/distribution/published/";
    static final String PATTERN = PUBLISHED + "*";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PublishedServlet.class);

    private final transient AssetStore store;

    @Activate
    public PublishedServlet(@Reference AssetStore store) {
        this.store = store;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean head = "HEAD".equals(request.getMethod());
        Reply reply;
        try {
            if (!head && !"GET".equals(request.getMethod())) {
                response.setHeader("Allow", "GET, HEAD");
                throw new InvalidInputException("METHOD_NOT_ALLOWED", "Published links take GET and HEAD", 405);
            }
            List<String> s = segments(request);
            if (s.isEmpty()) {
                throw new AssetNotFoundException("LINK_NOT_FOUND", "No distribution named");
            }
            reply = published(request, s.get(0), String.join("/", s.subList(1, s.size())));
        } catch (InvalidInputException e) {
            reply = error(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString();
            LOG.error("Unexpected error, reference {}", ref, e);
            reply = error(500, "Internal error; the server log has it under reference " + ref);
        }
        reply.writeTo(response, !head);
    }

    private Reply published(HttpServletRequest request, String linkId, String rendition) {
        PublicLink link = store.link(linkId).orElseThrow(() -> new AssetNotFoundException("LINK_NOT_FOUND",
                "No distribution '" + linkId + "'"));
        String name = rendition.endsWith("/") ? rendition.substring(0, rendition.length() - 1) : rendition;
        return store.find(link.tenant(), link.assetId()).flatMap(a -> Renditions.pick(a, name))
                .flatMap(e -> store.content(link.tenant(), link.assetId(), e.id()))
                .map(content -> ContentResponses.serve(content, request::getHeader, "public, max-age=60"))
                .orElseThrow(() -> new AssetNotFoundException("RENDITION_NOT_FOUND",
                        "Distribution '" + linkId + "' has no rendition '" + (name.isEmpty() ? "original" : name) + "'"));
    }

    private static Reply error(int status, String reason) {
        return new Reply(status).text(Replies.JSON, Replies.emdbError(reason));
    }

    /** The path below the servlet as decoded segments; decoded one by one, so {@code %2F} never splits one. */
    private static List<String> segments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        String rest = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        List<String> out = new ArrayList<>();
        for (String raw : rest.split("/")) {
            if (!raw.isEmpty()) {
                try {
                    out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("MALFORMED_PATH", "The path is not valid URL encoding");
                }
            }
        }
        return out;
    }
}
