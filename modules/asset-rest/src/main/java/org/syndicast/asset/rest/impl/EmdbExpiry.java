package org.syndicast.asset.rest.impl;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * The optional expiry of a link: {@code expires} as an ISO-8601 instant ({@code 2027-01-01T00:00:00Z}) or epoch
 * seconds, or {@code expiresin} as seconds from now. An expiry in the past is refused.
 */
final class EmdbExpiry {
    private EmdbExpiry() {
    }

    static Optional<Instant> of(Map<String, Object> f) {
        String at = Bodies.string(f, "expires");
        String in = Bodies.string(f, "expiresin");
        Instant now = Instant.now();
        Instant expires;
        try {
            if (at != null && !at.isBlank()) {
                String t = at.trim();
                expires = t.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(t)) : Instant.parse(t);
            } else if (in != null && !in.isBlank()) {
                expires = now.plusSeconds(Long.parseLong(in.trim()));
            } else {
                return Optional.empty();
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new InvalidInputException("INVALID_EXPIRY",
                    "'expires' must be an ISO-8601 instant or epoch seconds, 'expiresin' a number of seconds");
        }
        if (!expires.isAfter(now)) {
            throw new InvalidInputException("INVALID_EXPIRY", "The expiry must be in the future");
        }
        return Optional.of(expires);
    }
}
