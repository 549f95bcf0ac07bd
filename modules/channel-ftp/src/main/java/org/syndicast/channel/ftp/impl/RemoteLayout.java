package org.syndicast.channel.ftp.impl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.http.UriSegments;

/**
 * Where elements go on the server and which URL they get: {@code {base}/{org}/{channelId}/{mpId}/{elementId}/{file}}.
 * The base is absolute ({@code /srv/media}) or relative to the login directory; every path handed to a session
 * is absolute, built from validated segments only.
 *
 * <p>URLs: with a public URL, {@code {public.url}/{org}/{channelId}/{mpId}/{elementId}/{file}} (the public URL
 * stands for the base). Without one, the server's own URL without credentials, in the form curl reads:
 * {@code ftp://host:port/rel/path} for a base relative to the login directory, {@code ftp://host:port/%2Fabs/path}
 * for an absolute one; {@code sftp://host:port/~/rel/path} and {@code sftp://host:port/abs/path}.
 */
final class RemoteLayout {
    private final Protocol protocol;
    private final String host;
    private final int port;
    private final List<String> baseSegments;
    private final boolean absolute;
    private final Optional<URI> publicUrl;

    private RemoteLayout(Protocol protocol, String host, int port, List<String> baseSegments, boolean absolute,
            Optional<URI> publicUrl) {
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.baseSegments = List.copyOf(baseSegments);
        this.absolute = absolute;
        this.publicUrl = publicUrl;
    }

    /** @throws IllegalArgumentException when the base path has an unsafe segment ({@code ..}, control characters) */
    static RemoteLayout of(Protocol protocol, String host, int port, String basePath, Optional<URI> publicUrl) {
        String base = basePath == null ? "" : basePath.trim();
        List<String> segments = new ArrayList<>();
        for (String s : base.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (!Segments.isValid(s)) {
                throw new IllegalArgumentException("base.path has an unsafe segment: '" + s + "'");
            }
            segments.add(s);
        }
        return new RemoteLayout(protocol, host, port, segments, base.startsWith("/"), publicUrl);
    }

    /** The base as configured, normalized: {@code /srv/media}, {@code media} or empty for the login directory. */
    String basePath() {
        return (absolute ? "/" : "") + String.join("/", baseSegments);
    }

    Optional<URI> publicUrl() {
        return publicUrl;
    }

    /** The absolute base directory, given the session's login directory. */
    String base(String home) {
        String start = absolute ? "/" : home;
        String path = start;
        for (String s : baseSegments) {
            path = join(path, s);
        }
        return path;
    }

    /** The segments below the base of an element's directory: org, channelId, mpId, elementId. */
    static List<String> elementSegments(Publication publication, String elementId) {
        return List.of(publication.organization(), publication.channelId(), publication.mediaPackageId(), elementId);
    }

    static String join(String directory, String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** The URL a distributed element answers at. */
    URI url(Publication publication, String elementId, String fileName) {
        List<String> parts = new ArrayList<>();
        StringBuilder url = new StringBuilder();
        if (publicUrl.isPresent()) {
            url.append(publicUrl.get());
        } else {
            url.append(protocol.scheme()).append("://").append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
            if (port != protocol.defaultPort()) {
                url.append(':').append(port);
            }
            baseSegments.forEach(s -> parts.add(UriSegments.encode(s)));
            if (absolute && protocol.isFtp()) {
                // RFC 1738: ftp URL paths are relative to the login directory; %2F makes the first one absolute
                if (parts.isEmpty()) {
                    parts.add("%2F");
                } else {
                    parts.set(0, "%2F" + parts.get(0));
                }
            } else if (!absolute && protocol == Protocol.SFTP) {
                parts.add(0, "~"); // sftp URL paths are absolute; ~ is the login directory
            }
        }
        elementSegments(publication, elementId).forEach(s -> parts.add(UriSegments.encode(s)));
        parts.add(UriSegments.encode(fileName));
        parts.forEach(p -> url.append('/').append(p));
        return URI.create(url.toString());
    }

    /** The file name a URL this channel returned ends in, when it is one valid segment. */
    static Optional<String> fileName(URI published) {
        String path = published == null ? null : published.getPath();
        if (path == null) {
            return Optional.empty();
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return Segments.isValid(last) ? Optional.of(last) : Optional.empty();
    }
}
