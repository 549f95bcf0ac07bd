package org.syndicast.channel.download.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.http.UriSegments;

/**
 * One validated, immutable snapshot of {@link DownloadChannelConfig}. Components keep the current one in a
 * {@code volatile} field and swap it whole on a configuration change, so a running distribution or request
 * always sees one consistent set of values.
 *
 * @param directory    absolute, normalized directory receiving published files
 * @param baseUrl      public base URL of {@code directory}, without a trailing slash
 * @param servePath    URL path the servlet serves the directory at: starts with {@code /}, no trailing slash
 * @param serveEnabled whether this server serves the directory itself
 * @param cacheMaxAge  seconds for {@code Cache-Control: max-age}
 */
public record ChannelSettings(Path directory, String baseUrl, String servePath, boolean serveEnabled,
        long cacheMaxAge) {

    /**
     * Plain path characters only, so that the raw request URI and the decoded servlet path agree; no segment
     * starts with a dot, which rules out {@code .} and {@code ..}.
     */
    private static final Pattern SERVE_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+");

    public ChannelSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(servePath, "servePath");
        if (cacheMaxAge < 0) {
            throw new IllegalArgumentException("cache.max.age must not be negative: " + cacheMaxAge);
        }
    }

    /**
     * Validates a configuration.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute URL or {@code serve.path} is not a
     *                                  plain absolute path; SCR logs it and keeps the component inactive
     */
    public static ChannelSettings from(DownloadChannelConfig config) {
        return new ChannelSettings(directory(config.directory()), baseUrl(config.url()),
                servePath(config.serve_path()), config.serve_enabled(), config.cache_max_age());
    }

    /** {@code {url}/{org}/{channelId}/{mpId}/{elementId}/{fileName}}, every segment percent-encoded. */
    public URI publicUrl(Publication publication, String elementId, String fileName) {
        StringBuilder url = new StringBuilder(baseUrl);
        for (String segment : new String[] {publication.organization(), publication.channelId(),
                publication.mediaPackageId(), elementId, fileName}) {
            url.append('/').append(UriSegments.encode(segment));
        }
        return URI.create(url.toString());
    }

    private static Path directory(String configured) {
        String value = configured == null ? "" : configured.trim();
        Path path = value.isEmpty()
                ? Path.of(System.getProperty("karaf.base", "."), "downloads")
                : Path.of(value);
        return path.toAbsolutePath().normalize();
    }

    private static String baseUrl(String configured) {
        String value = stripTrailingSlashes(Objects.requireNonNullElse(configured, "").trim());
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("url must be an absolute URL without query or fragment: " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + value, e);
        }
        return value;
    }

    private static String servePath(String configured) {
        String value = stripTrailingSlashes(Objects.requireNonNullElse(configured, "").trim());
        if (!SERVE_PATH.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "serve.path must be an absolute URL path like /static (letters, digits, . _ ~ -): " + value);
        }
        return value;
    }

    private static String stripTrailingSlashes(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(0, end);
    }
}
