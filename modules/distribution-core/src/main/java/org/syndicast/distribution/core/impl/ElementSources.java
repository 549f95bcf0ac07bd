package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.ElementContentProvider;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Segments;
import org.syndicast.distribution.api.source.ElementSourcePolicy;

/**
 * The server's one element source policy: a {@code file:} URL only under a configured inbox root (symbolic links
 * resolved first), an http(s) URL only under an allow-listed prefix and without user info (fetched by a client
 * that never follows a redirect), dot segments and encoded separators refused in any encoding
 * ({@link SourcePaths}), other schemes only through their {@link ElementContentProvider}. Asked before a job
 * is queued (so no job is doomed by its input) and again when it runs; the asset store asks it too.
 * <p>
 * Configuration: the core's PID ({@code inbox.roots}, {@code http.allow}); a change swaps the settings at once,
 * and the next call sees them. Providers come and go with their bundles (a concurrent map, looked up per call).
 */
@Component(service = ElementSourcePolicy.class, configurationPid = "org.syndicast.distribution.core")
public final class ElementSources implements ElementSourcePolicy {
    private final Map<String, ElementContentProvider> bound = new ConcurrentHashMap<>();
    private final Function<String, Optional<ElementContentProvider>> providers;
    private final HttpClient http;
    private volatile Settings settings;

    @Activate
    public ElementSources(CoreConfig config) {
        this.settings = Settings.of(config);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.providers = scheme -> Optional.ofNullable(bound.get(scheme));
    }

    /** Without providers of other schemes (tests). */
    ElementSources(Settings settings, HttpClient http) {
        this(settings, http, scheme -> Optional.empty());
    }

    /** With providers of other schemes (e.g. {@code asset}), looked up by scheme at each call (tests). */
    ElementSources(Settings settings, HttpClient http, Function<String, Optional<ElementContentProvider>> providers) {
        this.settings = settings;
        this.http = http;
        this.providers = providers;
    }

    @Modified
    void modified(CoreConfig config) {
        this.settings = Settings.of(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProvider(ElementContentProvider provider, Map<String, Object> properties) {
        Object scheme = properties.get(ElementContentProvider.SCHEME_PROPERTY);
        if (scheme != null) {
            bound.put(scheme.toString(), provider);
        }
    }

    void unbindProvider(ElementContentProvider provider, Map<String, Object> properties) {
        Object scheme = properties.get(ElementContentProvider.SCHEME_PROPERTY);
        if (scheme != null) {
            bound.remove(scheme.toString(), provider);
        }
    }

    @Override
    public ElementContent resolve(String organization, String elementId, URI url) {
        if (url == null) {
            throw new InvalidInputException("SOURCE_MISSING", "Element '" + elementId + "' has no url");
        }
        Settings s = settings;
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "file" -> fileContent(s, elementId, url);
            case "http", "https" -> httpContent(s, elementId, url);
            default -> providedContent(organization, elementId, url, scheme);
        };
    }

    private ElementContent providedContent(String organization, String elementId, URI url, String scheme) {
        ElementContentProvider provider = providers.apply(scheme).orElseThrow(() -> notAllowed(elementId,
                "url scheme '" + scheme + "' is not a source this server reads"));
        if (organization == null) {
            throw new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + elementId + "': no tenant to look it up in");
        }
        return provider.content(organization, url).orElseThrow(() -> new InvalidInputException("SOURCE_NOT_FOUND",
                "Element '" + elementId + "': nothing at " + scheme + " url " + url));
    }

    private ElementContent fileContent(Settings s, String elementId, URI url) {
        if (SourcePaths.hostile(url.getRawPath())) {
            throw notAllowed(elementId, "its path has a dot segment or an encoded separator");
        }
        Path path;
        try {
            path = Paths.get(url).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw notAllowed(elementId, "not a local file url");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw underInbox(s, path) ? new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + elementId + "': no file at its url")
                    : notAllowed(elementId, "files are read only from the configured inbox directories");
        }
        if (!underInbox(s, real)) {
            throw notAllowed(elementId, "files are read only from the configured inbox directories");
        }
        if (!Files.isRegularFile(real) || !Files.isReadable(real)) {
            throw new InvalidInputException("SOURCE_NOT_FOUND", "Element '" + elementId + "': no readable file at its url");
        }
        return new FileContent(real, fileName(elementId, real.getFileName().toString()));
    }

    private static boolean underInbox(Settings s, Path real) {
        for (Path root : s.inboxRoots()) {
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

    private ElementContent httpContent(Settings s, String elementId, URI url) {
        if (url.getRawUserInfo() != null || url.getRawAuthority() != null && url.getRawAuthority().contains("@")) {
            throw notAllowed(elementId, "user info in an http(s) url is not accepted");
        }
        if (SourcePaths.hostile(url.getRawPath())) {
            throw notAllowed(elementId, "its path has a dot segment or an encoded separator");
        }
        String u = url.toString();
        if (url.getHost() == null || s.httpAllow().stream().noneMatch(p -> u.startsWith(withSlash(p)))) {
            throw notAllowed(elementId, "its url is not under an allow-listed http(s) prefix");
        }
        String raw = url.getRawPath() == null ? "" : url.getRawPath();
        String last = SourcePaths.decodeOnce(raw.substring(raw.lastIndexOf('/') + 1));
        return new HttpContent(http, url, fileName(elementId, last == null ? "" : last));
    }

    private static InvalidInputException notAllowed(String elementId, String why) {
        return new InvalidInputException("SOURCE_NOT_ALLOWED", "Element '" + elementId + "': " + why);
    }

    private static String withSlash(String prefix) {
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** The name to publish under: the source's own name when it is a safe segment, else the element id. */
    static String fileName(String elementId, String candidate) {
        if (Segments.isValid(candidate) && !candidate.startsWith(".")) {
            return candidate;
        }
        return Segments.require("elementId", elementId);
    }
}
