package org.syndicast.channel.download.impl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.syndicast.distribution.api.http.ByteRange;
import org.syndicast.distribution.api.http.RangeCopy;
import org.syndicast.distribution.api.http.FileVersion;
import org.syndicast.distribution.api.http.ResponsePlanner;

/**
 * Serves published files read-only and publicly: GET and HEAD with validators, conditional requests and single
 * byte ranges. The decisions live in {@link PublicPathResolver} and {@link ResponsePlanner}; this class only
 * moves headers and bytes. HEAD only reads the file's attributes, never its content. Bodies are streamed
 * through a bounded buffer.
 */
final class StaticFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] NOT_FOUND_BODY = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<error><code>NOT_FOUND</code><message>No published file at this address</message></error>\n")
            .getBytes(StandardCharsets.UTF_8);

    private transient volatile ChannelSettings settings;

    StaticFileServlet(ChannelSettings settings) {
        this.settings = settings;
    }

    /** Swaps in a new configuration; requests in flight finish with the one they started with. */
    void update(ChannelSettings newSettings) {
        this.settings = newSettings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    /** TRACE would echo request headers (cookies included) back: not on a public file area. */
    @Override
    protected void doTrace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        ChannelSettings current = settings;
        Optional<Path> file = PublicPathResolver.resolve(current.directory(), rawPath(request));
        if (file.isEmpty()) {
            notFound(response, withBody);
            return;
        }
        try {
            FileVersion version = FileVersion.of(Files.readAttributes(file.get(), BasicFileAttributes.class));
            ResponsePlanner.Plan plan = ResponsePlanner.plan(validators(request), version);
            if (!withBody || plan.status() == ResponsePlanner.NOT_MODIFIED
                    || plan.status() == ResponsePlanner.RANGE_NOT_SATISFIABLE) {
                writeHeaders(response, file.get(), version, plan, current.cacheMaxAge());
                return;
            }
            // open before any header is set, so a file removed meanwhile still gets a clean 404
            try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
                writeHeaders(response, file.get(), version, plan, current.cacheMaxAge());
                if (plan.range() != null) {
                    RangeCopy.copy(channel, plan.range(), response.getOutputStream());
                } else if (version.size() > 0) {
                    RangeCopy.copy(channel, new ByteRange(0, version.size() - 1), response.getOutputStream());
                }
            }
        } catch (NoSuchFileException e) {
            notFound(response, withBody);
        }
    }

    private static void writeHeaders(HttpServletResponse response, Path file, FileVersion version,
            ResponsePlanner.Plan plan, long maxAge) {
        response.setStatus(plan.status());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (plan.status() == ResponsePlanner.RANGE_NOT_SATISFIABLE) {
            response.setHeader("Content-Range", "bytes */" + version.size());
            response.setContentLength(0);
            return;
        }
        response.setHeader("ETag", version.etag());
        response.setDateHeader("Last-Modified", version.lastModifiedMillis());
        response.setHeader("Cache-Control", "public, max-age=" + maxAge);
        response.setHeader("Accept-Ranges", "bytes");
        if (plan.status() == ResponsePlanner.NOT_MODIFIED) {
            return;
        }
        response.setContentType(ContentTypes.of(file.getFileName().toString()));
        if (plan.status() == ResponsePlanner.PARTIAL_CONTENT) {
            response.setHeader("Content-Range", plan.range().contentRange(version.size()));
            response.setContentLengthLong(plan.range().length());
        } else {
            response.setContentLengthLong(version.size());
        }
    }


    private static void notFound(HttpServletResponse response, boolean withBody) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(NOT_FOUND_BODY.length);
        if (withBody) {
            response.getOutputStream().write(NOT_FOUND_BODY);
        }
    }

    /**
     * The request path below the servlet, still percent-encoded: decoding is the resolver's job, done per
     * segment so that {@code %2F} cannot forge a separator. The serve path holds only plain characters, so
     * its raw and decoded forms agree.
     */
    private static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        return uri != null && uri.startsWith(prefix) ? uri.substring(prefix.length()) : null;
    }

    private static ResponsePlanner.Validators validators(HttpServletRequest request) {
        return new ResponsePlanner.Validators(request.getHeader("If-None-Match"), dateHeader(request,
                "If-Modified-Since"), request.getHeader("Range"), request.getHeader("If-Range"));
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1; // an unreadable date is ignored, as the RFC asks
        }
    }
}
