package org.syndicast.kaltura.distribution.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.kaltura.distribution.profile.ThumbDimensions;

class ProfileServiceTest {
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

    @Test
    void aGenericFtpProfileIsAnFtpTarget() {
        DistributionProfile p = t.service.add("4242", Changes.genericFtp("Partner feed")
                .set("sunriseDefaultOffset", "3600").set("sunsetDefaultOffset", "86400"));

        assertThat(p.id()).isPositive();
        assertThat(p.partnerId()).isEqualTo("4242");
        assertThat(p.name()).isEqualTo("Partner feed");
        assertThat(p.providerType()).isEqualTo("1");
        assertThat(p.objectType()).isEqualTo("KalturaGenericDistributionProfile");
        assertThat(p.status()).isEqualTo(1);
        assertThat(p.submitEnabled()).isEqualTo(3);
        assertThat(p.reportEnabled()).isEqualTo(1);
        assertThat(p.distributeTrigger()).isEqualTo(1);
        assertThat(p.genericProviderId()).isEqualTo(2);
        assertThat(p.channel()).isEqualTo(Channel.FTP);
        assertThat(p.requiredFlavorParamsIds()).isEqualTo("0");
        assertThat(p.requiredThumbDimensions()).containsExactly(new ThumbDimensions(640, 360));
        assertThat(p.optionalThumbDimensions()).isEmpty();
        assertThat(p.sunriseDefaultOffset()).isEqualTo(3600);
        assertThat(p.sunsetDefaultOffset()).isEqualTo(86400);
        assertThat(p.createdAt()).isEqualTo(java.time.Instant.parse("2026-12-01T00:00:00Z").getEpochSecond());
        assertThat(p.target().protocol()).isEqualTo(1);
        assertThat(p.target().serverUrl()).isEqualTo("ftp.example.com");
        assertThat(p.target().serverPath()).isEqualTo("ingest");
        assertThat(p.target().username()).isEqualTo("feed");
        assertThat(p.target().ftpPassiveMode()).isTrue();
        assertThat(p.targetName()).isEqualTo("kaltura-profile-" + p.id());
        assertThat(p.toString()).doesNotContain("s3cret-pw");

        assertThat(t.targets.of("ftp", p.targetName())).containsEntry("protocol", "ftp")
                .containsEntry("host", "ftp.example.com").containsEntry("port", "0").containsEntry("base.path", "ingest")
                .containsEntry("username", "feed").containsEntry("passive", "true")
                .containsEntry(".password", "s3cret-pw");
        assertThat(t.service.get("4242", p.id())).isEqualTo(p);
    }

    @Test
    void theSeedsFtpProfileIsStoredAsTheSameProfile() throws Exception {
        DistributionProfile p = t.service.add("4242", new ProfileChange()
                .set("objectType", "KalturaFtpDistributionProfile").set("name", "SFTP feed")
                .set("providerType", "ftpDistribution.FTP").set("protocol", "3").set("host", "sftp.example.org")
                .set("port", "2222").set("basePath", "/upload").set("username", "kal").set("password", "pw-1")
                .set("sftpPublicKey", "ssh-ed25519 AAAA pub").set("sftpPrivateKey", "-----BEGIN KEY-----\nabc")
                .set("metadataXslt", "<xsl:stylesheet/>").set("flavorAssetFilenameXslt", "<f/>")
                .set("thumbnailAssetFilenameXslt", "<t/>").set("disableMetadata", "0")
                .set("sendMetadataAfterAssets", "1"));

        assertThat(p.objectType()).isEqualTo("KalturaFtpDistributionProfile");
        assertThat(p.providerType()).isEqualTo("1");
        assertThat(p.genericProviderId()).isEqualTo(Channel.FTP.providerId());
        assertThat(p.target().protocol()).isEqualTo(3);
        assertThat(p.target().serverUrl()).isEqualTo("sftp.example.org:2222");
        assertThat(p.target().serverPath()).isEqualTo("/upload");
        assertThat(p.target().sftpPublicKey()).isEqualTo("ssh-ed25519 AAAA pub");
        assertThat(p.ftp().metadataXslt()).isEqualTo("<xsl:stylesheet/>");
        assertThat(p.ftp().flavorAssetFilenameXslt()).isEqualTo("<f/>");
        assertThat(p.ftp().thumbnailAssetFilenameXslt()).isEqualTo("<t/>");
        assertThat(p.ftp().disableMetadata()).isFalse();
        assertThat(p.ftp().sendMetadataAfterAssets()).isTrue();

        Path key = t.keys.resolve(p.targetName() + ".key");
        assertThat(Files.readString(key)).isEqualTo("-----BEGIN KEY-----\nabc\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(t.targets.of("ftp", p.targetName())).containsEntry("protocol", "sftp")
                .containsEntry("host", "sftp.example.org").containsEntry("port", "2222")
                .containsEntry("base.path", "/upload").containsEntry("private.key.path", key.toString())
                .containsEntry(".password", "pw-1");

        // a port alone changes the port, the host stays
        DistributionProfile q = t.service.update("4242", p.id(), new ProfileChange()
                .set("objectType", "KalturaFtpDistributionProfile").set("port", "22"));
        assertThat(q.target().serverUrl()).isEqualTo("sftp.example.org:22");
        assertThat(t.targets.of("ftp", p.targetName())).containsEntry(".password", "pw-1").containsEntry("port", "22");
        // read as a generic profile, updated as one
        DistributionProfile r = t.service.update("4242", p.id(), new ProfileChange()
                .set("objectType", "KalturaGenericDistributionProfile")
                .set("submitAction", new ProfileChange().set("serverPath", "/other")));
        assertThat(r.target().serverPath()).isEqualTo("/other");
        assertThat(r.target().serverUrl()).isEqualTo("sftp.example.org:22");
        assertNoSecretInTheDatabase("pw-1", "BEGIN KEY");
    }

    @Test
    void s3ProfilesMapEndpointBucketAndKeys() {
        DistributionProfile p = t.service.add("4242", Changes.generic("Bucket", 3).set("submitAction",
                new ProfileChange().set("protocol", "5").set("serverUrl", "https://minio.example.org:9000")
                        .set("serverPath", "media/kaltura/out").set("username", "AKIA1").set("password", "sk-1")));
        assertThat(p.channel()).isEqualTo(Channel.S3);
        assertThat(p.target().protocol()).isEqualTo(5);
        assertThat(t.targets.of("s3", p.targetName())).containsEntry("endpoint", "https://minio.example.org:9000")
                .containsEntry("path.style", "true").containsEntry("region", "us-east-1")
                .containsEntry("bucket", "media").containsEntry("key.prefix", "kaltura/out")
                .containsEntry("access.key", "AKIA1").containsEntry(".secret.key", "sk-1");

        DistributionProfile aws = t.service.add("4242", Changes.generic("AWS", 3).set("submitAction",
                new ProfileChange().set("serverUrl", "s3.eu-west-1.amazonaws.com").set("serverPath", "bucket-b")));
        assertThat(aws.target().protocol()).isEqualTo(5);
        assertThat(t.targets.of("s3", aws.targetName())).containsEntry("endpoint", "").containsEntry("region",
                "eu-west-1").containsEntry("path.style", "false").containsEntry("bucket", "bucket-b")
                .containsEntry("key.prefix", "").doesNotContainKey(".secret.key");

        assertThatThrownBy(() -> t.service.add("4242", Changes.generic("Bad", 3).set("submitAction",
                new ProfileChange().set("protocol", "1")))).isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT"));
        assertNoSecretInTheDatabase("sk-1");
    }

    @Test
    void downloadProfilesGetTheirOwnDirectory() {
        DistributionProfile p = t.service.add("4242", Changes.generic("Downloads", 1));
        String name = p.targetName();
        assertThat(p.target().serverUrl()).isEqualTo("http://media.example.org/k/" + name);
        assertThat(p.target().serverPath()).isEqualTo(dir.resolve("downloads").resolve(name).toString());
        assertThat(t.targets.of("download", name)).containsEntry("directory", p.target().serverPath())
                .containsEntry("url", "http://media.example.org/k/" + name).containsEntry("serve.path", "/k/" + name);
        // sending back what was answered is fine; choosing a directory on this server is not
        t.service.update("4242", p.id(), new ProfileChange().set("submitAction", new ProfileChange()
                .set("serverPath", p.target().serverPath()).set("serverUrl", p.target().serverUrl())));
        assertThatThrownBy(() -> t.service.update("4242", p.id(), new ProfileChange().set("submitAction",
                new ProfileChange().set("serverPath", "/etc")))).isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_NOT_UPDATABLE"));
        assertThatThrownBy(() -> t.service.add("4242", Changes.generic("D", 1).set("submitAction",
                new ProfileChange().set("serverPath", "/etc")))).isInstanceOf(KalturaException.class);
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndTheTarget() {
        DistributionProfile p = t.service.add("4242", Changes.genericFtp("Feed"));
        t.clock.advance(100);
        DistributionProfile q = t.service.update("4242", p.id(), new ProfileChange()
                .set("objectType", "KalturaGenericDistributionProfile").set("name", "Renamed")
                .set("updateEnabled", "2").set("requiredFlavorParamsIds", "0, 487041")
                .set("sunriseDefaultOffset", ProfileChange.NULL)
                .set("submitAction", new ProfileChange().set("serverUrl", "ftp2.example.com")));

        assertThat(q.name()).isEqualTo("Renamed");
        assertThat(q.updateEnabled()).isEqualTo(2);
        assertThat(q.submitEnabled()).isEqualTo(3);
        assertThat(q.requiredFlavorParamsIds()).isEqualTo("0,487041");
        assertThat(q.requiredThumbDimensions()).containsExactly(new ThumbDimensions(640, 360));
        assertThat(q.sunriseDefaultOffset()).isNull();
        assertThat(q.target().serverUrl()).isEqualTo("ftp2.example.com");
        assertThat(q.target().serverPath()).isEqualTo("ingest");
        assertThat(q.target().username()).isEqualTo("feed");
        assertThat(q.createdAt()).isEqualTo(p.createdAt());
        assertThat(q.updatedAt()).isEqualTo(p.updatedAt() + 100);
        // the password was not given: the target keeps it
        assertThat(t.targets.of("ftp", p.targetName())).containsEntry("host", "ftp2.example.com")
                .containsEntry(".password", "s3cret-pw");
        // an empty password removes it
        t.service.update("4242", p.id(), new ProfileChange().set("submitAction", new ProfileChange().set("password", "")));
        assertThat(t.targets.of("ftp", p.targetName())).doesNotContainKey(".password");
    }

    @Test
    void insertOnlyFieldsAreRefusedWhenChangedAndNothingChanges() {
        DistributionProfile p = t.service.add("4242", Changes.genericFtp("Feed"));
        int puts = t.targets.calls.size();
        for (ProfileChange bad : List.of(
                new ProfileChange().set("name", "X").set("genericProviderId", "3"),
                new ProfileChange().set("name", "X").set("providerType", "2"),
                new ProfileChange().set("name", "X").set("submitAction", new ProfileChange().set("protocol", "3")),
                new ProfileChange().set("name", "X").set("objectType", "KalturaFtpDistributionProfile")
                        .set("protocol", "3"))) {
            assertThatThrownBy(() -> t.service.update("4242", p.id(), bad)).isInstanceOfSatisfying(
                    KalturaException.class, e -> assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_NOT_UPDATABLE"));
        }
        // the same values are fine
        t.service.update("4242", p.id(), new ProfileChange().set("genericProviderId", "2").set("providerType", "1")
                .set("submitAction", new ProfileChange().set("protocol", "1")));
        assertThat(t.targets.calls).hasSize(puts + 1);
        assertThat(t.service.get("4242", p.id()).name()).isEqualTo("Feed");
    }

    @Test
    void updateStatusEnablesDisablesAndDeletes() {
        DistributionProfile p = t.service.add("4242", Changes.genericFtp("Feed"));
        assertThat(t.service.updateStatus("4242", p.id(), 2).status()).isEqualTo(2);
        assertThat(t.service.get("4242", p.id()).enabled()).isTrue();
        assertThat(t.service.updateStatus("4242", p.id(), 1).status()).isEqualTo(1);
        assertThatThrownBy(() -> t.service.updateStatus("4242", p.id(), 4)).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("INVALID_ENUM_VALUE"));
        DistributionProfile deleted = t.service.updateStatus("4242", p.id(), 3);
        assertThat(deleted.status()).isEqualTo(3);
        assertThat(t.targets.of("ftp", p.targetName())).isNull();
        assertThatThrownBy(() -> t.service.get("4242", p.id())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
    }

    @Test
    void deleteRemovesTheTargetAndTheKey() {
        DistributionProfile p = t.service.add("4242", new ProfileChange()
                .set("objectType", "KalturaFtpDistributionProfile").set("name", "K").set("protocol", "3")
                .set("host", "h").set("sftpPrivateKey", "KEY"));
        assertThat(t.keys.resolve(p.targetName() + ".key")).exists();
        t.service.delete("4242", p.id());
        assertThat(t.targets.of("ftp", p.targetName())).isNull();
        assertThat(t.targets.calls).contains("remove ftp/" + p.targetName());
        assertThat(t.keys.resolve(p.targetName() + ".key")).doesNotExist();
        assertThatThrownBy(() -> t.service.delete("4242", p.id())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
    }

    @Test
    void aRefusedTargetLeavesNoProfile() {
        t.targets.refuse = FakeTargets.invalid();
        assertThatThrownBy(() -> t.service.add("4242", Changes.genericFtp("Feed"))).isInstanceOf(KalturaException.class);
        t.targets.refuse = null;
        assertThat(t.service.list("4242", null, null).totalCount()).isZero();
    }

    @Test
    void anotherPartnersProfileAnswersAsMissing() {
        DistributionProfile p = t.service.add("4242", Changes.genericFtp("Mine"));
        for (Runnable call : List.<Runnable>of(() -> t.service.get("4243", p.id()),
                () -> t.service.update("4243", p.id(), new ProfileChange().set("name", "Theirs")),
                () -> t.service.updateStatus("4243", p.id(), 2), () -> t.service.updateStatus("4243", p.id(), 3),
                () -> t.service.delete("4243", p.id()), () -> t.service.get("4242", 999_999))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(KalturaException.class, e -> {
                assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND");
                assertThat(e.getMessage()).matches("Distribution profile \\[[0-9]+\\] not found");
            });
        }
        assertThat(t.service.list("4243", null, null).totalCount()).isZero();
        assertThat(t.service.get("4242", p.id())).isEqualTo(p);
        assertThat(t.targets.of("ftp", p.targetName())).isNotNull();
    }

    private void assertNoSecretInTheDatabase(String... secrets) {
        try (Connection c = t.ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM SYN_KALTURA_PROFILE")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String v = rs.getString(i);
                    for (String secret : secrets) {
                        assertThat(v == null ? "" : v).doesNotContain(secret);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
