package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.ElementContentProvider;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Segments;

/**
 * Finds the bytes behind an element's URL, and refuses every URL that is not allowed: a {@code file:} URL
 * only under a configured inbox root (symbolic links resolved first), an http(s) URL only under an
 * allow-listed prefix. Checked before a job is queued, so that no job is doomed by its input.
 */
final class ElementSources {
    private final Settings settings;
    private final java.net.http.HttpClient http;
    private final Function<String, Optional<ElementContentProvider>> providers;

    ElementSources(Settings settings, java.net.http.HttpClient http) {
        this(settings, http, scheme -> Optional.empty());
    }

    /** With providers of other schemes (e.g. {@code asset}), looked up by scheme at each call. */
    ElementSources(Settings settings, java.net.http.HttpClient http,
            Function<String, Optional<ElementContentProvider>> providers) {
        this.settings = settings;
        this.http = http;
        this.providers = providers;
    }

    /** The bytes of an element that needs no tenant to find: a file: or http(s) URL. */
    ElementContent resolve(MediaPackageElement element) {
        return resolve(null, element);
    }

    /** The bytes behind an element's URL as {@code organization} may read them; a 400 for anything else. */
    ElementContent resolve(String organization, MediaPackageElement element) {
        URI url = element.url();
        if (url == null) {
            throw new InvalidInputException("SOURCE_MISSING", "Element '" + element.id() + "' has no url");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "file" -> fileContent(element, url);
            case "http", "https" -> httpContent(element, url);
            default -> providedContent(organization, element, url, scheme);
        };
    }

    private ElementContent providedContent(String organization, MediaPackageElement element, URI url, String scheme) {
        ElementContentProvider provider = providers.apply(scheme).orElseThrow(() -> new InvalidInputException(
                "SOURCE_NOT_ALLOWED", "Element '" + element.id() + "': url scheme '" + scheme + "' is not a source this server reads"));
        if (organization == null) {
            throw new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + element.id() + "': no tenant to look it up in");
        }
        return provider.content(organization, url).orElseThrow(() -> new InvalidInputException("SOURCE_NOT_FOUND",
                "Element '" + element.id() + "': nothing at " + scheme + " url " + url));
    }

    private ElementContent fileContent(MediaPackageElement element, URI url) {
        Path path;
        try {
            path = Paths.get(url).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new InvalidInputException("SOURCE_NOT_ALLOWED", "Element '" + element.id() + "': not a local file url");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw notAllowedOrMissing(element, path);
        }
        if (!underInbox(real)) {
            throw new InvalidInputException("SOURCE_NOT_ALLOWED",
                    "Element '" + element.id() + "': files are read only from the configured inbox directories");
        }
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
            throw new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + element.id() + "': no readable file at its url");
        }
        return new FileContent(real, fileName(element, real.getFileName().toString()));
    }

    private InvalidInputException notAllowedOrMissing(MediaPackageElement element, Path path) {
        if (underInbox(path)) {
            return new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + element.id() + "': no file at its url");
        }
        return new InvalidInputException("SOURCE_NOT_ALLOWED",
                "Element '" + element.id() + "': files are read only from the configured inbox directories");
    }

    private boolean underInbox(Path real) {
        for (Path root : settings.inboxRoots()) {
            Path r;
            try {
                r = root.toRealPath();
            } catch (IOException e) {
                r = root;
            }
            if (real.startsWith(r) && !real.equals(r)) {
                return true;
            }
        }
        return false;
    }

    private ElementContent httpContent(MediaPackageElement element, URI url) {
        String u = url.normalize().toString();
        boolean allowed = url.getRawUserInfo() == null && !climbs(url)
                && settings.httpAllow().stream().anyMatch(p -> u.startsWith(withSlash(p)));
        if (!allowed) {
            throw new InvalidInputException("SOURCE_NOT_ALLOWED",
                    "Element '" + element.id() + "': its url is not under an allow-listed http(s) prefix");
        }
        String last = url.getRawPath() == null ? "" : url.getRawPath().substring(url.getRawPath().lastIndexOf('/') + 1);
        return new HttpContent(http, url.normalize(), fileName(element, decode(last)));
    }

    /** Whether a path has a dot segment once percent-decoded: servers resolve {@code %2e%2e}, and so climb out of a prefix. */
    private static boolean climbs(URI url) {
        String path = url.normalize().getRawPath();
        if (path == null) {
            return false;
        }
        for (String segment : decode(path).split("[/\\\\]")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Percent-decoding of a URL path: unlike form decoding, a '+' stays a '+'. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String withSlash(String prefix) {
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** The name to publish under: the source's own name when it is a safe segment, else the element id. */
    static String fileName(MediaPackageElement element, String candidate) {
        if (Segments.isValid(candidate) && !candidate.startsWith(".")) {
            return candidate;
        }
        return Segments.require("elementId", element.id());
    }
}
