package org.syndicast.session.impl;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.syndicast.distribution.api.auth.Session;

/**
 * The format of a session key: {@code s1.{user}.{organization}.{roles}.{expires}.{mac}}, where user,
 * organization and the comma-joined roles are base64url, expires is epoch seconds, and mac is the base64url
 * HMAC-SHA256 of everything before it. Nothing is stored on the server: a key is checked by its signature, so
 * every node with the same secret accepts it.
 */
final class SessionKeys {
    private static final String VERSION = "s1";
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    SessionKeys(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String issue(Session s) {
        String body = VERSION + "." + enc(s.user()) + "." + enc(s.organization()) + "."
                + enc(String.join(",", new TreeSet<>(s.roles()))) + "." + s.expires().getEpochSecond();
        return body + "." + ENC.encodeToString(mac(body));
    }

    Optional<Session> verify(String token, Instant now) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            String body = String.join(".", Arrays.copyOf(parts, 5));
            if (!MessageDigest.isEqual(mac(body), DEC.decode(parts[5]))) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (!now.isBefore(expires)) {
                return Optional.empty();
            }
            String roles = dec(parts[3]);
            return Optional.of(new Session(dec(parts[1]), dec(parts[2]),
                    roles.isEmpty() ? Set.of() : Set.of(roles.split(",")), expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // bad base64 or number: not a key we issued
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return ENC.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return new String(DEC.decode(s), StandardCharsets.UTF_8);
    }
}
