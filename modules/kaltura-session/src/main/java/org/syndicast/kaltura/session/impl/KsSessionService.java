package org.syndicast.kaltura.session.impl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.syndicast.distribution.api.auth.ServerKeys;
import org.syndicast.kaltura.session.PartnerSession;
import org.syndicast.kaltura.session.PartnerSessions;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

/**
 * Kaltura sessions: a KS is signed with the server's shared key ({@link KsFormat}); a partner's secret only
 * authorises {@link #start}. Checking a KS reads the partner's current configuration (so a removed partner,
 * a changed organization or a changed secret ends its sessions at once) and the shared table of ended
 * sessions (so {@link #end} holds on every node). Thread-safe; the expiry settings change live.
 */
@Component(service = PartnerSessions.class, configurationPid = "org.syndicast.kaltura.session")
@Designate(ocd = KsConfig.class)
public final class KsSessionService implements PartnerSessions {
    static final int MAX_USER_ID = 256;
    static final int MAX_PRIVILEGES = 1024;

    private final PartnerRegistry partners;
    private final EndedSessions ended;
    private final KsFormat format;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile KsConfig config;

    @Activate
    public KsSessionService(KsConfig config, @Reference PartnerRegistry partners, @Reference EndedSessions ended,
            @Reference ServerKeys keys) {
        this(config, partners, ended, new KsFormat(keys), Clock.systemUTC());
    }

    KsSessionService(KsConfig config, PartnerRegistry partners, EndedSessions ended, KsFormat format, Clock clock) {
        this.config = config;
        this.partners = partners;
        this.ended = ended;
        this.format = format;
        this.clock = clock;
    }

    @Modified
    void modified(KsConfig changed) {
        this.config = changed;
    }

    @Override
    public String start(int partnerId, String secret, String userId, SessionType type, long expirySeconds,
            String privileges) {
        if (secret == null || secret.isEmpty()) {
            throw new SessionException(SessionException.MISSING_MANDATORY_PARAMETER, "Missing parameter \"secret\"");
        }
        SessionType t = type == null ? SessionType.USER : type;
        String user = checked("userId", userId, MAX_USER_ID);
        String privs = checked("privileges", privileges, MAX_PRIVILEGES);
        PartnerDefinition definition = partners.definition(partnerId).orElseThrow(() -> startError(partnerId));
        byte[] digest = definition.digestFor(secret, t).orElseThrow(() -> startError(partnerId));
        Partner partner = definition.settings().partner();
        long expires = clock.instant().getEpochSecond() + validity(expirySeconds);
        return format.write(new KsToken(partnerId, t, expires, newId(), user, privs,
                format.secretTag(partner, digest)));
    }

    @Override
    public PartnerSession verify(String ks) {
        return check(ks).session();
    }

    @Override
    public PartnerSession end(String ks) {
        Checked checked = check(ks);
        ended.end(checked.token().id(), checked.session().expires());
        return checked.session();
    }

    private record Checked(KsToken token, PartnerSession session) {
    }

    private Checked check(String ks) {
        KsToken t = format.read(ks);
        Instant expires = Instant.ofEpochSecond(t.expires());
        if (!clock.instant().isBefore(expires)) {
            throw invalid("the session expired at " + expires);
        }
        PartnerDefinition definition = partners.definition(t.partnerId())
                .orElseThrow(() -> invalid("partner [" + t.partnerId() + "] is not configured"));
        PartnerDefinition.Settings s = definition.settings();
        boolean admin = s.adminDigest() != null
                && t.secretTag().equals(format.secretTag(s.partner(), s.adminDigest()));
        boolean user = t.type() == SessionType.USER && s.secretDigest() != null
                && t.secretTag().equals(format.secretTag(s.partner(), s.secretDigest()));
        if (!admin && !user) {
            throw invalid("the partner's secret or organization changed since the session started");
        }
        if (ended.isEnded(t.id())) {
            throw invalid("the session was ended");
        }
        return new Checked(t, new PartnerSession(s.partner(), t.userId(), t.type(), t.privileges(), expires));
    }

    private long validity(long asked) {
        KsConfig c = config;
        long max = Math.max(60, c.max_expiry_seconds());
        long seconds = asked > 0 ? asked : c.default_expiry_seconds();
        return Math.max(1, Math.min(seconds, max));
    }

    private static String checked(String name, String value, int max) {
        String v = value == null ? "" : value;
        if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new SessionException(SessionException.PROPERTY_VALIDATION_WRONG_FORMAT, "Parameter \"" + name
                    + "\" must be at most " + max + " characters without control characters");
        }
        return v;
    }

    private String newId() {
        byte[] id = new byte[12];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private static SessionException startError(int partnerId) {
        return new SessionException(SessionException.START_SESSION_ERROR,
                "Error while starting session for partner [" + partnerId + "]");
    }

    private static SessionException invalid(String why) {
        return new SessionException(SessionException.INVALID_KS, "Invalid KS: " + why);
    }
}
