package org.syndicast.distribution.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.InvalidInputException;

/** An Opencast distribution form becomes a command, or a 400 that names what is wrong. */
class FormCommandsTest {
    private static final String MEDIAPACKAGE = "<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"mp-1\">"
            + "<media><track id=\"track-1\" type=\"presenter/source\"><url>file:///srv/inbox/a.mp4</url></track>"
            + "<track id=\"track-2\" type=\"presentation/source\"><url>file:///srv/inbox/b.mp4</url></track></media>"
            + "</mediapackage>";

    private final FormCommands commands = new FormCommands("default");
    private final SecurityContext admin = caller(new Caller("admin", Set.of("admin"), "default", "basic"));

    @Test
    void aCompleteFormBecomesACommand() {
        DistributionCommand c = commands.of("download", form("engage-player", "[\"track-2\",\"track-1\"]"), admin);

        assertThat(c.channel()).isEqualTo("download");
        assertThat(c.organization()).isEqualTo("default");
        assertThat(c.creator()).isEqualTo("admin");
        assertThat(c.channelId()).isEqualTo("engage-player");
        assertThat(c.mediaPackage().id()).isEqualTo("mp-1");
        assertThat(c.elementIds()).containsExactly("track-2", "track-1");
    }

    @Test
    void checkAvailabilityDefaultsToTrueAndPreserveReferenceToFalse() {
        DistributionCommand c = commands.of("download", form("engage-player", "track-1"), admin);

        assertThat(c.checkAvailability()).isTrue();
        assertThat(c.preserveReference()).isFalse();
    }

    @Test
    void withoutATargetTheCommandIsForTheDefaultTarget() {
        MultivaluedMap<String, String> f = form("engage-player", "track-1");
        f.putSingle("target", " ");

        assertThat(commands.of("download", form("engage-player", "track-1"), admin).target()).isNull();
        assertThat(commands.of("download", f, admin).targetName()).isEqualTo("default");
    }

    @Test
    void theTargetFieldNamesTheTarget() {
        MultivaluedMap<String, String> f = form("engage-player", "track-1");
        f.putSingle("target", "partner-a");

        assertThat(commands.of("ftp", f, admin).target()).isEqualTo("partner-a");
    }

    @Test
    void aTargetNameThatCannotBeOneIsInvalid() {
        for (String bad : new String[] {"../x", "a b", "a~b", "-x"}) {
            MultivaluedMap<String, String> f = form("engage-player", "track-1");
            f.putSingle("target", bad);
            assertRefused(f, "INVALID_TARGET", "target");
        }
    }

    @Test
    void blankFlagsTakeTheirDefaults() {
        MultivaluedMap<String, String> f = form("engage-player", "track-1");
        f.putSingle("checkAvailability", " ");
        f.putSingle("preserveReference", "");

        DistributionCommand c = commands.of("download", f, admin);

        assertThat(c.checkAvailability()).isTrue();
        assertThat(c.preserveReference()).isFalse();
    }

    @Test
    void flagsAreReadWithoutRegardToCaseOrSurroundingSpace() {
        MultivaluedMap<String, String> f = form("engage-player", "track-1");
        f.putSingle("checkAvailability", " FALSE ");
        f.putSingle("preserveReference", "True");

        DistributionCommand c = commands.of("download", f, admin);

        assertThat(c.checkAvailability()).isFalse();
        assertThat(c.preserveReference()).isTrue();
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsInvalid() {
        for (String value : new String[] { "yes", "1", "on", "tru" }) {
            MultivaluedMap<String, String> f = form("engage-player", "track-1");
            f.putSingle("preserveReference", value);

            assertRefused(f, "INVALID_PARAMETER", "preserveReference");
        }
    }

    @Test
    void eachRequiredParameterMayNotBeMissing() {
        for (String name : new String[] { "mediapackage", "channelId", "elementId" }) {
            MultivaluedMap<String, String> f = form("engage-player", "track-1");
            f.remove(name);

            assertRefused(f, "MISSING_PARAMETER", name);
        }
    }

    @Test
    void eachRequiredParameterMayNotBeBlank() {
        for (String name : new String[] { "mediapackage", "channelId", "elementId" }) {
            MultivaluedMap<String, String> f = form("engage-player", "track-1");
            f.putSingle(name, " \t ");

            assertRefused(f, "MISSING_PARAMETER", name);
        }
    }

    @Test
    void noFormAtAllIsAMissingParameter() {
        assertThatThrownBy(() -> commands.of("download", null, admin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("MISSING_PARAMETER"));
    }

    @Test
    void theChannelIdMustBeOnePathSegment() {
        for (String channelId : new String[] { "a/b", "..", ".", "a\\b", "a:b", "engage\nplayer", "x".repeat(256) }) {
            assertRefused(form(channelId, "track-1"), "INVALID_SEGMENT", "channelId");
        }
        assertThat(commands.of("download", form("engage-player_2.0", "track-1"), admin).channelId())
                .isEqualTo("engage-player_2.0");
    }

    @Test
    void aMediaPackageThatCannotBeReadIsMalformed() {
        MultivaluedMap<String, String> f = form("engage-player", "track-1");
        f.putSingle("mediapackage", "<mediapackage");

        assertRefused(f, "MALFORMED_MEDIAPACKAGE", "");
    }

    @Test
    void elementIdsThatAreNotAListOfIdsAreInvalid() {
        assertRefused(form("engage-player", "[1, 2]"), "INVALID_ELEMENT_ID", "");
    }

    @Test
    void aCallerActingInAnOrganizationDistributesThere() {
        SecurityContext tenant = caller(new Caller("alice", Set.of("admin"), "tenant-b", "basic"));

        assertThat(commands.of("download", form("engage-player", "track-1"), tenant).organization()).isEqualTo("tenant-b");
    }

    @Test
    void aCallerWhosePrincipalNamesNoOrganizationGetsTheConfiguredOne() {
        Principal plain = () -> "bob";

        DistributionCommand c = commands.of("download", form("engage-player", "track-1"), caller(plain));

        assertThat(c.organization()).isEqualTo("default");
        assertThat(c.creator()).isEqualTo("bob");
    }

    private void assertRefused(MultivaluedMap<String, String> form, String code, String mentioned) {
        assertThatThrownBy(() -> commands.of("download", form, admin)).as(code + " " + form)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(mentioned);
                });
    }

    private static MultivaluedMap<String, String> form(String channelId, String elementIds) {
        MultivaluedMap<String, String> f = new MultivaluedHashMap<>();
        f.putSingle("mediapackage", MEDIAPACKAGE);
        f.putSingle("channelId", channelId);
        f.putSingle("elementId", elementIds);
        return f;
    }

    private static SecurityContext caller(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
