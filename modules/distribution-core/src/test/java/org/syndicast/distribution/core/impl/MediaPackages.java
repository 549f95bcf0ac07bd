package org.syndicast.distribution.core.impl;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.xml.MediaPackageXml;

/** Media packages and elements for tests. */
final class MediaPackages {
    private MediaPackages() {
    }

    static MediaPackageElement track(String id, URI url) {
        return new MediaPackageElement(ElementKind.TRACK, id, "presenter/source", "track:source-" + id, "video/mp4",
                List.of("engage-download"), url, null, null, null, List.of());
    }

    static MediaPackageElement track(String id, String url) {
        return track(id, url == null ? null : URI.create(url));
    }

    /** A media package document whose tracks are the given files, with ids {@code track-1}, {@code track-2}, ... */
    static String xml(String mediaPackageId, Path... files) {
        StringBuilder sb = new StringBuilder("<mediapackage xmlns=\"" + MediaPackageXml.NAMESPACE + "\" id=\"")
                .append(mediaPackageId).append("\"><media>");
        for (int i = 0; i < files.length; i++) {
            sb.append("<track id=\"track-").append(i + 1).append("\" type=\"presenter/source\" ref=\"track:src\">")
                    .append("<mimetype>video/mp4</mimetype><url>");
            sb.append(escape(files[i].toUri().toString())).append("</url></track>");
        }
        return sb.append("</media></mediapackage>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A distribution of the given tracks through {@code channel} to publication channel {@code engage-player}. */
    static DistributionCommand command(String channel, String xml, List<String> elementIds, boolean checkAvailability,
            boolean preserveReference) {
        return new DistributionCommand(channel, "default", "admin", "engage-player", MediaPackageXml.parse(xml),
                elementIds, checkAvailability, preserveReference);
    }
}
