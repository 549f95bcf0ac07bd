package org.syndicast.kaltura.distribution.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;

class ProfileErrorsTest {
    @TempDir
    Path dir;
    TestProfiles t;

    @BeforeEach
    void start() {
        t = new TestProfiles(dir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private void refused(ProfileChange add, String code) {
        assertThatThrownBy(() -> t.service.add("4242", add)).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).as(add.toString()).isEqualTo(code));
    }

    @Test
    void everyRefusedAddLeavesNothing() {
        refused(new ProfileChange().set("name", "x"), "OBJECT_TYPE_ABSTRACT");
        refused(new ProfileChange().set("objectType", "KalturaDistributionProfile").set("name", "x"),
                "OBJECT_TYPE_ABSTRACT");
        refused(new ProfileChange().set("objectType", "KalturaYoutubeApiDistributionProfile").set("name", "x"),
                "DISTRIBUTION_PROVIDER_NOT_FOUND");
        refused(Changes.generic("x", 77), "DISTRIBUTION_PROVIDER_NOT_FOUND");
        refused(Changes.generic("x", 2).set("genericProviderId", "two"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(new ProfileChange().set("objectType", "KalturaGenericDistributionProfile").set("name", "x"),
                "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        refused(Changes.generic("", 2), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        refused(Changes.generic("x", 2).set("name", ProfileChange.NULL), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        refused(Changes.generic("x", 2).set("status", "3"), "INVALID_ENUM_VALUE");
        refused(Changes.generic("x", 2).set("submitEnabled", "4"), "INVALID_ENUM_VALUE");
        refused(Changes.generic("x", 2).set("reportEnabled", "AUTOMATIC"), "INVALID_ENUM_VALUE");
        refused(Changes.generic("x", 2).set("distributeTrigger", "3"), "INVALID_ENUM_VALUE");
        refused(Changes.generic("x", 2).set("submitAction", new ProfileChange().set("protocol", "6")),
                "INVALID_ENUM_VALUE");
        refused(Changes.generic("x", 2).set("submitAction", new ProfileChange().set("protocol", "10")),
                "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(Changes.generic("x", 2).set("sunriseDefaultOffset", "1.5"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(Changes.generic("x", 2).set("sunsetDefaultOffset", "2147483648"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(Changes.generic("x", 2).set("requiredFlavorParamsIds", "0,x"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(Changes.generic("x", 2).set("submitAction", new ProfileChange().set("ftpPassiveMode", "maybe")),
                "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(Changes.generic("x", 2).set("providerType", "ftpDistribution.FTP"), "DISTRIBUTION_PROVIDER_NOT_FOUND");
        refused(Changes.generic("x", 1).set("submitAction", new ProfileChange().set("password", "pw")),
                "PROPERTY_VALIDATION_WRONG_FORMAT");
        refused(new ProfileChange().set("objectType", "KalturaFtpDistributionProfile").set("name", "x")
                .set("port", "70000"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(t.service.list("4242", null, null).totalCount()).isZero();
        assertThat(t.targets.stored).isEmpty();
    }

    @Test
    void xsltsAreCompiledInTheSandboxOnAddAndUpdate() {
        refused(new ProfileChange().set("objectType", "KalturaFtpDistributionProfile").set("name", "x")
                .set("metadataXslt", "<xsl:bad/>"), "PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(t.service.list("4242", null, null).totalCount()).isZero();
        long id = t.service.add("4242", new ProfileChange().set("objectType", "KalturaFtpDistributionProfile")
                .set("name", "x").set("metadataXslt", "<xsl:stylesheet/>").set("flavorAssetFilenameXslt", "<f/>")).id();
        assertThat(t.compiled).containsExactly("kaltura profile metadataXslt", "kaltura profile flavorAssetFilenameXslt");
        assertThatThrownBy(() -> t.service.update("4242", id, new ProfileChange().set("thumbnailAssetFilenameXslt",
                "<xsl:bad/>"))).isInstanceOfSatisfying(KalturaException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
                    assertThat(e.getMessage()).contains("thumbnailAssetFilenameXslt").contains("line 1, column 9");
                });
        assertThat(t.service.get("4242", id).ftp().thumbnailAssetFilenameXslt()).isNull();
        // another partner's id is not found before anything is compiled
        assertThatThrownBy(() -> t.service.update("4243", id, new ProfileChange().set("metadataXslt", "<xsl:bad/>")))
                .isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
    }

    @Test
    void anUninstalledChannelIsAnUnknownProvider() {
        t.providers.installed.remove(Channel.S3);
        refused(Changes.generic("x", 3), "DISTRIBUTION_PROVIDER_NOT_FOUND");
        t.providers.installed.remove(Channel.FTP);
        refused(new ProfileChange().set("objectType", "KalturaFtpDistributionProfile").set("name", "x"),
                "DISTRIBUTION_PROVIDER_NOT_FOUND");
    }

    @Test
    void aChannelGoneBetweenCheckAndPutIsAnUnknownProvider() {
        t.targets.channels.remove("ftp");
        refused(Changes.genericFtp("x"), "DISTRIBUTION_PROVIDER_NOT_FOUND");
        assertThat(t.service.list("4242", null, null).totalCount()).isZero();
    }

    @Test
    void anFtpClassUpdateOfAnotherChannelsProfileIsRefused() {
        long id = t.service.add("4242", Changes.generic("bucket", 3)).id();
        assertThatThrownBy(() -> t.service.update("4242", id, new ProfileChange()
                .set("objectType", "KalturaFtpDistributionProfile").set("host", "h")))
                .isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_NOT_UPDATABLE"));
    }

    @Test
    void errorsNameTheirPropertyAndNeverASecret() {
        KalturaException e = org.junit.jupiter.api.Assertions.assertThrows(KalturaException.class,
                () -> t.service.add("4242", Changes.generic("x", 2).set("submitAction", new ProfileChange()
                        .set("password", "pw-secret").set("ftpPassiveMode", "pw-secret"))));
        assertThat(e.getMessage()).doesNotContain("pw-secret").contains("ftpPassiveMode");
        assertThat(e.args()).isEqualTo(Map.of("PROP_NAME", "ftpPassiveMode"));
        assertThat(Changes.genericFtp("x").toString()).doesNotContain("s3cret-pw");
        assertThat(List.of(DistributionErrors.profileNotFound(5).args())).containsExactly(Map.of("ID", "5"));
    }
}
