package org.syndicast.distribution.api.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reading an {@code Authorization} header: the key of a Bearer header, the user and password of a Basic one
 * (UTF-8). The one parser of these headers in the server.
 */
public final class AuthorizationHeader {
    private AuthorizationHeader() {
    }

    /** A user name and password from HTTP Basic. */
    public record Password(String user, String password) {
    }

    /** Whether the header names the scheme {@code scheme} (case-insensitive), followed by a space. */
    public static boolean isScheme(String header, String scheme) {
        return header != null && header.length() > scheme.length()
                && header.regionMatches(true, 0, scheme, 0, scheme.length()) && header.charAt(scheme.length()) == ' ';
    }

    /** The key of a Bearer header, if it is one with a key. */
    public static Optional<String> bearer(String header) {
        if (!isScheme(header, "Bearer")) {
            return Optional.empty();
        }
        String key = header.substring(7).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The user and password of a Basic header, if it is a well-formed one. */
    public static Optional<Password> basic(String header) {
        if (!isScheme(header, "Basic")) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Password(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
