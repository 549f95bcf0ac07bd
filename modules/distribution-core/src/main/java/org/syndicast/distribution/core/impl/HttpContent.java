package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.SourceReadException;

/**
 * An element whose bytes are fetched, streamed, from an allow-listed http(s) URL, by a client that never follows
 * a redirect: anything but 200 (a 3xx too) is a {@link SourceReadException}. Messages never show the URL (its
 * path or query may carry a token): they end up in job documents and error answers.
 */
record HttpContent(HttpClient http, URI url, String fileName) implements ElementContent {

    @Override
    public InputStream open() throws IOException {
        String shown = "the element's http(s) source";
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new SourceReadException(shown + " answered HTTP " + response.statusCode(), null);
            }
            return new SourceStream(response.body(), shown);
        } catch (SourceReadException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceReadException("fetching " + shown + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceReadException("interrupted while fetching " + shown, e);
        }
    }

    @Override
    public Optional<java.nio.file.Path> localFile() {
        return Optional.empty();
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.empty();
    }
}
