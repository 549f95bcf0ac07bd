package org.syndicast.kaltura.session.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.syndicast.distribution.api.Segments;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.SessionType;

/**
 * One configured partner (one factory configuration). Only SHA-256 digests of the secrets are kept, and
 * secrets are compared through them in constant time. A configuration change is applied in place, so the
 * partner never disappears for a moment; an invalid configuration (id not positive, an organization that is
 * not a segment, a secret shorter than 16 characters) fails activation and is logged by SCR, or, on a
 * change, keeps the last valid settings.
 */
@Component(service = PartnerDefinition.class, configurationPid = "org.syndicast.kaltura.partner",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartnerConfig.class, factory = true)
public final class PartnerDefinition {
    static final int MIN_SECRET = 16;

    /** The settings as one value, swapped whole on a change. */
    record Settings(Partner partner, byte[] secretDigest, byte[] adminDigest) {
    }

    private volatile Settings settings;

    @Activate
    public PartnerDefinition(PartnerConfig config) {
        this.settings = settings(config.id(), config.name(), config.organization(), config._secret(),
                config._admin_secret());
    }

    PartnerDefinition(Settings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(PartnerConfig config) {
        this.settings = settings(config.id(), config.name(), config.organization(), config._secret(),
                config._admin_secret());
    }

    Settings settings() {
        return settings;
    }

    /**
     * The digest of the partner's secret that {@code secret} is and that may start a session of {@code type}:
     * the admin secret for ADMIN, either secret for USER; empty when it is neither.
     */
    Optional<byte[]> digestFor(String secret, SessionType type) {
        Settings s = settings;
        byte[] given = digest(secret);
        // both comparisons always run, so the time does not tell which secret matched
        boolean admin = s.adminDigest() != null && MessageDigest.isEqual(given, s.adminDigest());
        boolean user = s.secretDigest() != null && MessageDigest.isEqual(given, s.secretDigest());
        if (admin) {
            return Optional.of(s.adminDigest());
        }
        return user && type == SessionType.USER ? Optional.of(s.secretDigest()) : Optional.empty();
    }

    static Settings settings(int id, String name, String organization, String secret, String adminSecret) {
        String org = organization == null || organization.isBlank() ? String.valueOf(id) : organization.trim();
        if (!Segments.isValid(org)) {
            throw new IllegalArgumentException("The organization of partner " + id
                    + " must be one path segment without '/', '\\', ':', '..' or control characters");
        }
        Partner partner = new Partner(id, name == null || name.isBlank() ? "Partner " + id : name.trim(), org);
        return new Settings(partner, secretDigest("secret", secret), secretDigest("admin.secret", adminSecret));
    }

    private static byte[] secretDigest(String key, String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        if (secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException("The partner's ." + key + " must be at least " + MIN_SECRET
                    + " characters");
        }
        return digest(secret);
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
