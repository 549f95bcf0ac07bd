package org.syndicast.channel.s3.impl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * checkAvailability for presigned URLs. A presigned URL is signed for GET only, so the core's HEAD would be
 * refused: this asks for the first byte with a ranged GET instead, as a player would, within the configured
 * budget of attempts, delay and timeout.
 */
final class PresignedUrlProbe {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    boolean answers(URI url, S3Settings.Availability budget) {
        HttpRequest get = HttpRequest.newBuilder(url).GET().header("Range", "bytes=0-0").timeout(budget.timeout())
                .build();
        for (int attempt = 1; attempt <= budget.attempts(); attempt++) {
            try {
                int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 206) {
                    return true;
                }
            } catch (IOException e) {
                // not reachable yet: try again after the delay
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt < budget.attempts() && !sleep(budget.delay())) {
                return false;
            }
        }
        return false;
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
