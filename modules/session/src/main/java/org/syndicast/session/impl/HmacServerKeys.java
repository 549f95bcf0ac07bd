package org.syndicast.session.impl;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.syndicast.distribution.api.auth.ServerKeys;

/**
 * {@link ServerKeys} on the session secret (the same {@code .secret} or {@code secret.file} as the session
 * keys, read by {@link HmacSessionService#secret}). The key of a purpose is HMAC-SHA256(secret,
 * "syndicast.server-key." + purpose), so no purpose's codes verify for another and none is a session key's
 * signature, which uses the secret itself. A change of the secret re-creates this component with new keys.
 */
@Component(service = ServerKeys.class, configurationPid = "org.syndicast.session")
public final class HmacServerKeys implements ServerKeys {
    private static final String DERIVATION = "syndicast.server-key.";

    private final SecretKeySpec secret;
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

    @Activate
    public HmacServerKeys(SessionConfig config) {
        this(HmacSessionService.secret(config));
    }

    HmacServerKeys(byte[] secret) {
        this.secret = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public byte[] mac(String purpose, byte[] data) {
        if (purpose == null || purpose.isEmpty()) {
            throw new IllegalArgumentException("purpose must not be empty");
        }
        SecretKeySpec key = keys.computeIfAbsent(purpose, p -> new SecretKeySpec(
                hmac(secret, (DERIVATION + p).getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
        return hmac(key, data);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
