package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.SessionException;
import org.syndicast.kaltura.session.SessionType;

class KsFormatTest {
    private final KsFormat format = new KsFormat(Fixtures.keys("server-secret-A"));
    private final KsToken token = new KsToken(4242, SessionType.ADMIN, 1_764_633_600L, "AAAAaaaa0000____",
            "jürgen@example.org", "disableentitlement,sview:*|edit:1 & more", "tagtagtagtag");

    @Test
    void writtenKsReadsBackToTheSameToken() {
        assertThat(format.read(format.write(token))).isEqualTo(token);
    }

    @Test
    void ksUsesOnlyUrlSafeCharactersWhateverItCarries() {
        String ks = format.write(token);
        assertThat(ks).matches("[A-Za-z0-9._~-]+").startsWith("k1.4242.2.1764633600.");
        String empty = format.write(new KsToken(1, SessionType.USER, 1L, "AAAAaaaa0000____", "", "", "tagtagtagtag"));
        assertThat(empty).matches("[A-Za-z0-9._~-]+");
        assertThat(format.read(empty).userId()).isEmpty();
    }

    @Test
    void everyChangedPartIsRefused() {
        String[] parts = format.write(token).split("\\.");
        String[] replacements = { "k2", "4243", "0", "1864633600", "BBBBaaaa0000____",
            b64("admin"), b64("*"), "tagtagtagtaX", "AAAA" };
        for (int i = 0; i < parts.length; i++) {
            String[] changed = parts.clone();
            changed[i] = replacements[i];
            assertInvalid(String.join(".", changed));
        }
    }

    @Test
    void ksOfAnotherServerSecretIsRefused() {
        String foreign = new KsFormat(Fixtures.keys("server-secret-B")).write(token);
        assertInvalid(foreign);
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        String ks = format.write(token);
        for (String bad : new String[] { null, "", " ", "k1", "k1........", ks + ".", ks + "x", ks.replace('.', '|'),
            ks.substring(0, ks.length() - 1) + "%", "k1." + "A".repeat(5000), ks.replace("k1.", "k1.+") }) {
            assertInvalid(bad);
        }
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(format.read(" " + format.write(token) + "\n")).isEqualTo(token);
    }

    @Test
    void secretTagDependsOnOrganizationAndSecret() {
        Partner p = new Partner(100, "P", "default");
        byte[] a = PartnerDefinition.digest("secret-one-0123456");
        byte[] b = PartnerDefinition.digest("secret-two-0123456");
        assertThat(format.secretTag(p, a)).hasSize(12).matches("[A-Za-z0-9_-]+")
                .isEqualTo(format.secretTag(new Partner(100, "renamed", "default"), a))
                .isNotEqualTo(format.secretTag(p, b))
                .isNotEqualTo(format.secretTag(new Partner(100, "P", "other"), a))
                .isNotEqualTo(format.secretTag(new Partner(101, "P", "default"), a));
    }

    private void assertInvalid(String ks) {
        assertThatThrownBy(() -> format.read(ks)).isInstanceOf(SessionException.class)
                .satisfies(e -> assertThat(((SessionException) e).code()).isEqualTo("INVALID_KS"));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes());
    }
}
