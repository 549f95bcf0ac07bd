package org.syndicast.asset.store.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * Opens the bytes behind a URL an element is registered from: a {@code file:} URL only under an inbox root
 * (symbolic links resolved first), an http(s) URL only under an allow-listed prefix, never with credentials
 * in it and never following a redirect. Everything else is a 400 before anything is read.
 */
final class Sources {
    private final List<Path> inboxRoots;
    private final List<String> httpAllow;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** An opened source and the file name its URL suggests. */
    record Opened(InputStream in, String name) {
    }

    Sources(StoreConfig config) {
        List<Path> roots = list(config.inbox_roots()).stream().map(Paths::get).toList();
        if (roots.isEmpty()) {
            roots = List.of(Paths.get(System.getProperty("karaf.base", "."), "inbox"));
        }
        this.inboxRoots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.httpAllow = list(config.http_allow()).stream().map(p -> p.endsWith("/") ? p : p + "/").toList();
    }

    Opened open(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "file" -> file(url);
            case "http", "https" -> http(url);
            default -> throw notAllowed("url scheme '" + scheme + "' is not a source this server reads");
        };
    }

    private Opened file(URI url) throws IOException {
        Path real;
        try {
            real = Paths.get(url).toAbsolutePath().normalize().toRealPath();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw notAllowed("not a local file url");
        } catch (IOException e) {
            throw notAllowed("files are read only from the configured inbox directories, and must exist");
        }
        boolean inside = inboxRoots.stream().anyMatch(r -> real.startsWith(realOrSelf(r)) && !real.equals(realOrSelf(r)));
        if (!inside) {
            throw notAllowed("files are read only from the configured inbox directories");
        }
        if (!Files.isRegularFile(real)) {
            throw new InvalidInputException("SOURCE_NOT_FOUND", "No readable file at the url");
        }
        return new Opened(Files.newInputStream(real), real.getFileName().toString());
    }

    private Opened http(URI url) throws IOException {
        String u = url.normalize().toString();
        if (url.getRawUserInfo() != null || httpAllow.stream().noneMatch(u::startsWith)) {
            throw notAllowed("the url is not under an allow-listed http(s) prefix");
        }
        HttpRequest request = HttpRequest.newBuilder(url.normalize()).timeout(Duration.ofMinutes(30)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching", e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new InvalidInputException("SOURCE_NOT_FOUND", "The url answered HTTP " + response.statusCode());
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return new Opened(response.body(), URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8));
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static InvalidInputException notAllowed(String why) {
        return new InvalidInputException("SOURCE_NOT_ALLOWED", "Element source refused: " + why);
    }

    /** A .cfg file gives one comma-separated string, a .config file an array: accept both. */
    static List<String> list(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }
}
