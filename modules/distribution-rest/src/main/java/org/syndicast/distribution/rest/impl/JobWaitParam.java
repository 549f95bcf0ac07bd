package org.syndicast.distribution.rest.impl;

import java.time.Duration;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * The {@code wait} query parameter of the job documents: a whole number of seconds from 0 to 86400. Absent or
 * empty means no wait (the Opencast behaviour); a wait longer than the core's {@code job.wait.max.seconds} is
 * shortened to it by the core, not refused, so a client need not know the server's cap.
 */
final class JobWaitParam {
    static final long LIMIT_SECONDS = 86_400;

    private JobWaitParam() {
    }

    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        String v = value.trim();
        if (v.length() <= 6 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Long.parseLong(v);
            if (n <= LIMIT_SECONDS) {
                return Duration.ofSeconds(n);
            }
        }
        throw new InvalidInputException("INVALID_WAIT",
                "'wait' must be a whole number of seconds from 0 to " + LIMIT_SECONDS);
    }
}
