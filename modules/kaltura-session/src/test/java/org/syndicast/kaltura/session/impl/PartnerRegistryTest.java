package org.syndicast.kaltura.session.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.SessionType;

class PartnerRegistryTest {
    private static final String S = "sixteen-chars-ok";

    @Test
    void partnersAreFoundByIdAndOrganization() {
        PartnerRegistry r = Fixtures.registry(Fixtures.partner(4242, "", S, S), Fixtures.partner(100, "default", S, S));
        assertThat(r.find(4242)).hasValue(new Partner(4242, "Partner 4242", "4242"));
        assertThat(r.find(100).map(Partner::organization)).hasValue("default");
        assertThat(r.ofOrganization("default").map(Partner::id)).hasValue(100);
        assertThat(r.find(7)).isEmpty();
        assertThat(r.ofOrganization("nobody")).isEmpty();
        assertThat(r.all()).extracting(Partner::id).containsExactly(100, 4242);
    }

    @Test
    void partnersWithTheSameIdOrOrganizationAreAllLeftOut() {
        PartnerDefinition a = Fixtures.partner(1, "shared", S, S);
        PartnerDefinition b = Fixtures.partner(2, "shared", S, S);
        PartnerDefinition c = Fixtures.partner(3, "three", S, S);
        PartnerDefinition d = Fixtures.partner(3, "three-again", S, S);
        PartnerDefinition e = Fixtures.partner(5, "five", S, S);
        PartnerRegistry r = Fixtures.registry(a, b, c, d, e);
        assertThat(r.all()).extracting(Partner::id).containsExactly(5);
        assertThat(r.find(1)).isEmpty();
        assertThat(r.find(3)).isEmpty();
        assertThat(r.ofOrganization("shared")).isEmpty();
        r.removeDefinition(b);
        r.removeDefinition(d);
        assertThat(r.all()).extracting(Partner::id).containsExactly(1, 3, 5);
    }

    @Test
    void aChangedConfigurationIsSeenAtOnce() {
        PartnerDefinition p = Fixtures.partner(100, "default", S, S);
        PartnerRegistry r = Fixtures.registry(p);
        p.modified(KsSessionServiceTest.partnerConfig(100, "tenant-b", S, S));
        assertThat(r.find(100).map(Partner::organization)).hasValue("tenant-b");
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> PartnerDefinition.settings(0, "", "", S, S)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerDefinition.settings(1, "", "a/b", S, S)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerDefinition.settings(1, "", "", "short", S))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".secret")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> PartnerDefinition.settings(1, "", "", S, "short"))
                .hasMessageContaining(".admin.secret");
    }

    @Test
    void invalidChangeKeepsTheLastValidSettings() {
        PartnerDefinition p = Fixtures.partner(100, "default", S, S);
        assertThatThrownBy(() -> p.modified(KsSessionServiceTest.partnerConfig(100, "a:b", S, S)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(p.settings().partner().organization()).isEqualTo("default");
    }

    @Test
    void emptySecretsStartNothing() {
        PartnerDefinition noSecrets = Fixtures.partner(9, "", "", "");
        assertThat(noSecrets.digestFor("", SessionType.USER)).isEmpty();
        assertThat(noSecrets.digestFor(null, SessionType.ADMIN)).isEmpty();
        PartnerDefinition adminOnly = Fixtures.partner(9, "", "", S);
        assertThat(adminOnly.digestFor(S, SessionType.USER)).isPresent();
        assertThat(adminOnly.digestFor("", SessionType.USER)).isEmpty();
    }
}
