package org.syndicast.distribution.core.impl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.syndicast.distribution.api.AvailabilityProbe;

/** HEAD on a published URL until it answers 200 or the configured attempts run out. */
final class HttpAvailabilityProbe implements AvailabilityProbe {
    private final HttpClient http;
    private final Settings settings;

    HttpAvailabilityProbe(HttpClient http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public boolean answers(URI url) {
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            return false;
        }
        HttpRequest head = HttpRequest.newBuilder(url).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(settings.availabilityTimeout()).build();
        for (int attempt = 1; attempt <= settings.availabilityAttempts(); attempt++) {
            try {
                if (http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (java.io.IOException e) {
                // not there yet, or not reachable: try again after the delay
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt < settings.availabilityAttempts()) {
                try {
                    Thread.sleep(settings.availabilityDelay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }
}
