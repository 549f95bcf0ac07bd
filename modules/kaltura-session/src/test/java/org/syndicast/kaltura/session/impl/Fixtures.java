package org.syndicast.kaltura.session.impl;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.syndicast.distribution.api.auth.ServerKeys;

/** What the tests of this bundle share: server keys, a clock that moves when told, settings, partners. */
final class Fixtures {
    static final String SECRET = "user-secret-of-100-0123";
    static final String ADMIN_SECRET = "admin-secret-of-100-4567";

    private Fixtures() {
    }

    /** Server keys as a node with this server secret has them (HMAC of purpose and data). */
    static ServerKeys keys(String serverSecret) {
        return (purpose, data) -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec((serverSecret + "/" + purpose).getBytes(StandardCharsets.UTF_8),
                        "HmacSHA256"));
                return mac.doFinal(data);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static PartnerDefinition partner(int id, String organization, String secret, String adminSecret) {
        return new PartnerDefinition(PartnerDefinition.settings(id, "", organization, secret, adminSecret));
    }

    static PartnerRegistry registry(PartnerDefinition... definitions) {
        PartnerRegistry registry = new PartnerRegistry();
        for (PartnerDefinition d : definitions) {
            registry.addDefinition(d);
        }
        return registry;
    }

    static KsConfig config(long defaultExpiry, long maxExpiry) {
        return new KsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return KsConfig.class;
            }

            @Override
            public long default_expiry_seconds() {
                return defaultExpiry;
            }

            @Override
            public long max_expiry_seconds() {
                return maxExpiry;
            }

            @Override
            public String[] admin_roles() {
                return new String[] { "syndicast-publisher" };
            }

            @Override
            public String[] user_roles() {
                return new String[] { "syndicast-viewer, viewer" };
            }
        };
    }

    /** Ended sessions in memory, shared by the "nodes" of a test like the database is. */
    static final class MemoryEndedSessions implements EndedSessions {
        final Map<String, Instant> ended = new ConcurrentHashMap<>();

        @Override
        public boolean isEnded(String id) {
            return ended.containsKey(id);
        }

        @Override
        public void end(String id, Instant expires) {
            ended.put(id, expires);
        }

        Set<String> ids() {
            return ended.keySet();
        }
    }

    /** A clock that stands still until moved. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
