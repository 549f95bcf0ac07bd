package org.syndicast.kaltura.session.impl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import org.syndicast.distribution.api.auth.ServerKeys;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

/**
 * The text of a KS: {@code k1.{partnerId}.{type}.{expires}.{id}.{userId}.{privileges}.{secretTag}.{mac}}, where
 * userId and privileges are base64url (no padding), expires is epoch seconds, and mac is the base64url
 * HMAC-SHA256, under the server key of purpose {@code kaltura.ks}, of everything before it. Only
 * {@code [A-Za-z0-9._-]} occurs, so a KS needs no encoding in a URL or a form. The signature is checked, in
 * constant time, before anything else of the text is believed.
 */
final class KsFormat {
    static final String VERSION = "k1";
    static final int MAX_LENGTH = 4096;
    private static final String KS_PURPOSE = "kaltura.ks";
    private static final String TAG_PURPOSE = "kaltura.ks.secret-tag";
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_-]{12}");
    private static final Pattern B64 = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Pattern PARTNER = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern TYPE = Pattern.compile("[02]");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    private final ServerKeys keys;

    KsFormat(ServerKeys keys) {
        this.keys = keys;
    }

    String write(KsToken t) {
        String body = String.join(".", VERSION, String.valueOf(t.partnerId()), String.valueOf(t.type().value()),
                String.valueOf(t.expires()), t.id(), enc(t.userId()), enc(t.privileges()), t.secretTag());
        return body + "." + ENC.encodeToString(mac(body));
    }

    /**
     * What a KS of this server carries, its expiry not yet checked.
     *
     * @throws SessionException INVALID_KS for any text that is not a KS this server (or a node with the same
     *                          secret) signed
     */
    KsToken read(String text) {
        String ks = text == null ? "" : text.strip();
        if (ks.isEmpty() || ks.length() > MAX_LENGTH || !TEXT.matcher(ks).matches()) {
            throw notOurs();
        }
        int last = ks.lastIndexOf('.');
        String[] parts = ks.split("\\.", -1);
        if (parts.length != 9 || !VERSION.equals(parts[0]) || !B64.matcher(parts[8]).matches()) {
            throw notOurs();
        }
        byte[] given;
        try {
            given = DEC.decode(parts[8]);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        if (!MessageDigest.isEqual(mac(ks.substring(0, last)), given)) {
            throw notOurs();
        }
        if (!PARTNER.matcher(parts[1]).matches() || !TYPE.matcher(parts[2]).matches()
                || !SECONDS.matcher(parts[3]).matches() || !ID.matcher(parts[4]).matches()
                || !B64.matcher(parts[5]).matches() || !B64.matcher(parts[6]).matches()
                || !TAG.matcher(parts[7]).matches()) {
            throw notOurs();   // signed by us, so never expected: a KS of a future format
        }
        try {
            return new KsToken(Integer.parseInt(parts[1]), SessionType.of(Integer.parseInt(parts[2])),
                    Long.parseLong(parts[3]), parts[4], dec(parts[5]), dec(parts[6]), parts[7]);
        } catch (IllegalArgumentException | SessionException e) {
            throw notOurs();
        }
    }

    /**
     * The tag that binds a KS to its partner's organization and to the digest of the secret that started it:
     * when either changes, the tag a KS carries no longer matches and the KS stops working.
     */
    String secretTag(Partner partner, byte[] secretDigest) {
        byte[] org = partner.organization().getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate(4 + 4 + org.length + secretDigest.length);
        data.putInt(partner.id()).putInt(org.length).put(org).put(secretDigest);
        return ENC.encodeToString(Arrays.copyOf(keys.mac(TAG_PURPOSE, data.array()), 9));
    }

    private byte[] mac(String body) {
        return keys.mac(KS_PURPOSE, body.getBytes(StandardCharsets.US_ASCII));
    }

    static SessionException notOurs() {
        return new SessionException(SessionException.INVALID_KS, "Invalid KS: not a session of this server");
    }

    private static String enc(String s) {
        return ENC.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return new String(DEC.decode(s), StandardCharsets.UTF_8);
    }
}
