package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.kaltura.client.KalturaApiException;
import com.kaltura.client.KalturaClient;
import com.kaltura.client.KalturaConfiguration;
import com.kaltura.client.enums.KalturaDistributionProfileActionStatus;
import com.kaltura.client.enums.KalturaDistributionProfileStatus;
import com.kaltura.client.enums.KalturaDistributionProtocol;
import com.kaltura.client.enums.KalturaSessionType;
import com.kaltura.client.types.KalturaDistributionProfile;
import com.kaltura.client.types.KalturaDistributionProfileFilter;
import com.kaltura.client.types.KalturaDistributionProfileListResponse;
import com.kaltura.client.types.KalturaDistributionProvider;
import com.kaltura.client.types.KalturaDistributionProviderListResponse;
import com.kaltura.client.types.KalturaDistributionThumbDimensions;
import com.kaltura.client.types.KalturaFilterPager;
import com.kaltura.client.types.KalturaGenericDistributionProfile;
import com.kaltura.client.types.KalturaGenericDistributionProfileAction;
import com.kaltura.client.types.KalturaGenericDistributionProvider;

/**
 * Distribution providers and profiles driven by Kaltura's official Java client 3.2.1, unchanged, against the
 * assembled server: the installed channels as providers (a channel bundle uninstalled disappears, reinstalled
 * comes back), an FTP profile added, read, listed with filter and pager, updated, disabled and enabled, and
 * deleted, each profile a live target of the FTP channel, its password never answered; another partner sees
 * nothing of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KalturaProfilesIT {
    private static final String ADMIN_SECRET = "0123456789abcdef0123456789abcdef";
    private static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210";
    private static final String FTP_PASSWORD = "ftp-pw-7c1d55e0";
    private static final String FTP_BUNDLE = "org.syndicast.channel.ftp";
    private static final String S3_BUNDLE = "org.syndicast.channel.s3";

    private KarafServer server;
    private KalturaClient client;
    private KalturaClient other;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("kaltura-profiles");
        CfgFiles.set(server.home().resolve("etc/org.syndicast.kaltura.partner-4242.cfg"), Map.of("id", "4242",
                "name", "Partner feed team", ".admin.secret", ADMIN_SECRET));
        CfgFiles.set(server.home().resolve("etc/org.syndicast.kaltura.partner-4243.cfg"), Map.of("id", "4243",
                "name", "Another partner", ".admin.secret", OTHER_SECRET));
        server.set("org.syndicast.kaltura.distribution", "download.url", server.baseUrl() + "/kaltura");
        server.start();
        Api.anonymous(server).awaitKaltura(Duration.ofSeconds(60));
        client = session(ADMIN_SECRET, 4242);
        other = session(OTHER_SECRET, 4243);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private KalturaClient session(String secret, int partnerId) throws Exception {
        KalturaConfiguration config = new KalturaConfiguration();
        config.setEndpoint(server.baseUrl());
        KalturaClient c = new KalturaClient(config);
        String ks = awaitValue(() -> {
            try {
                return c.getSessionService().start(secret, "alice", KalturaSessionType.ADMIN, partnerId, 3600, null);
            } catch (KalturaApiException notYet) {
                return null; // the partner file is read a moment after start
            }
        });
        c.setSessionId(ks);
        return c;
    }

    private static <T> T awaitValue(Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T v = value.get();
        while (v == null && System.nanoTime() < deadline) {
            Thread.sleep(250);
            v = value.get();
        }
        assertThat(v).isNotNull();
        return v;
    }

    private List<Integer> providerIds() throws KalturaApiException {
        KalturaDistributionProviderListResponse list = client.getDistributionProviderService().list();
        assertThat(list.totalCount).isEqualTo(list.objects.size());
        return list.objects.stream().map(p -> ((KalturaGenericDistributionProvider) p).id).toList();
    }

    private List<Integer> awaitProviders(List<Integer> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Integer> ids = providerIds();
        while (!ids.equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            ids = providerIds();
        }
        return ids;
    }

    private static KalturaGenericDistributionProfile ftpProfile(String name) {
        KalturaGenericDistributionProfileAction target = new KalturaGenericDistributionProfileAction();
        target.protocol = KalturaDistributionProtocol.FTP;
        target.serverUrl = "ftp.example.com:2121";
        target.serverPath = "ingest";
        target.username = "feed";
        target.password = FTP_PASSWORD;
        target.ftpPassiveMode = true;
        KalturaGenericDistributionProfile p = new KalturaGenericDistributionProfile();
        p.name = name;
        p.genericProviderId = 2;
        p.submitEnabled = KalturaDistributionProfileActionStatus.MANUAL;
        p.requiredFlavorParamsIds = "0";
        KalturaDistributionThumbDimensions thumb = new KalturaDistributionThumbDimensions();
        thumb.width = 640;
        thumb.height = 360;
        p.requiredThumbDimensions = new java.util.ArrayList<>(List.of(thumb));
        p.sunriseDefaultOffset = 3600;
        p.submitAction = target;
        return p;
    }

    /** The targets the FTP channel serves now, as its bundle's services show them. */
    private String ftpServices() throws Exception {
        try (KarafJmx jmx = KalturaDistributionBootIT.jmx(server)) {
            return String.join("\n", jmx.serviceProperties(jmx.bundleId(FTP_BUNDLE)));
        }
    }

    private String awaitFtpServices(String target, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String services = ftpServices();
        while (services.contains("distribution.target = " + target + ",") != present && System.nanoTime() < deadline) {
            Thread.sleep(200);
            services = ftpServices();
        }
        return services;
    }

    @Test
    @Order(1)
    void theInstalledChannelsAreGenericProvidersAndFollowTheirBundles() throws Exception {
        KalturaDistributionProviderListResponse list = client.getDistributionProviderService().list();
        assertThat(list.totalCount).isEqualTo(3);
        for (KalturaDistributionProvider p : list.objects) {
            assertThat(p).isInstanceOf(KalturaGenericDistributionProvider.class);
        }
        KalturaGenericDistributionProvider ftp = (KalturaGenericDistributionProvider) list.objects.get(1);
        assertThat(ftp.id).isEqualTo(2);
        assertThat(ftp.name).isEqualTo("Syndicast FTP");
        assertThat(ftp.type.getHashCode()).isEqualTo("1");
        assertThat(ftp.isDefault).isFalse();
        assertThat(ftp.status.getHashCode()).isEqualTo(2);
        assertThat(providerIds()).containsExactly(1, 2, 3);

        String location;
        try (KarafJmx jmx = KalturaDistributionBootIT.jmx(server)) {
            long id = jmx.bundleId(S3_BUNDLE);
            location = "mvn:org.syndicast/channel-s3/" + System.getProperty("syndicast.version", "0.1.0-SNAPSHOT");
            jmx.uninstall(id);
        }
        assertThat(awaitProviders(List.of(1, 2))).containsExactly(1, 2);
        KalturaGenericDistributionProfile s3 = new KalturaGenericDistributionProfile();
        s3.name = "No S3";
        s3.genericProviderId = 3;
        assertThatThrownBy(() -> client.getDistributionProfileService().add(s3)).isInstanceOfSatisfying(
                KalturaApiException.class, e -> assertThat(e.code).isEqualTo("DISTRIBUTION_PROVIDER_NOT_FOUND"));
        try (KarafJmx jmx = KalturaDistributionBootIT.jmx(server)) {
            jmx.install(location);
        }
        assertThat(awaitProviders(List.of(1, 2, 3))).containsExactly(1, 2, 3);
    }

    @Test
    @Order(2)
    void anFtpProfileFromAddToDelete() throws Exception {
        KalturaGenericDistributionProfile added = (KalturaGenericDistributionProfile) client
                .getDistributionProfileService().add(ftpProfile("Partner feed"));
        assertThat(added.id).isPositive();
        assertThat(added.partnerId).isEqualTo(4242);
        assertThat(added.name).isEqualTo("Partner feed");
        assertThat(added.providerType.getHashCode()).isEqualTo("1");
        assertThat(added.status).isEqualTo(KalturaDistributionProfileStatus.DISABLED);
        assertThat(added.submitEnabled).isEqualTo(KalturaDistributionProfileActionStatus.MANUAL);
        assertThat(added.genericProviderId).isEqualTo(2);
        assertThat(added.requiredFlavorParamsIds).isEqualTo("0");
        assertThat(added.requiredThumbDimensions).hasSize(1);
        assertThat(added.requiredThumbDimensions.get(0).width).isEqualTo(640);
        assertThat(added.sunriseDefaultOffset).isEqualTo(3600);
        for (KalturaGenericDistributionProfileAction a : List.of(added.submitAction, added.updateAction,
                added.deleteAction, added.fetchReportAction)) {
            assertThat(a.protocol).isEqualTo(KalturaDistributionProtocol.FTP);
            assertThat(a.serverUrl).isEqualTo("ftp.example.com:2121");
            assertThat(a.serverPath).isEqualTo("ingest");
            assertThat(a.username).isEqualTo("feed");
            assertThat(a.ftpPassiveMode).isTrue();
            assertThat(a.password).isNull();
        }
        String target = "kaltura-profile-" + added.id;
        assertThat(awaitFtpServices(target, true)).contains("distribution.target = " + target + ",")
                .doesNotContain(FTP_PASSWORD);

        KalturaGenericDistributionProfile got = (KalturaGenericDistributionProfile) client
                .getDistributionProfileService().get(added.id);
        assertThat(got.name).isEqualTo("Partner feed");
        assertThat(got.submitAction.password).isNull();

        for (int i = 0; i < 3; i++) {
            client.getDistributionProfileService().add(ftpProfile("More " + i));
        }
        KalturaDistributionProfileFilter filter = new KalturaDistributionProfileFilter();
        filter.orderBy = "-createdAt";
        KalturaFilterPager pager = new KalturaFilterPager();
        pager.pageSize = 3;
        pager.pageIndex = 2;
        KalturaDistributionProfileListResponse page = client.getDistributionProfileService().list(filter, pager);
        assertThat(page.totalCount).isEqualTo(4);
        assertThat(page.objects).hasSize(1);
        assertThat(page.objects.get(0).id).isEqualTo(added.id);
        KalturaDistributionProfileFilter byId = new KalturaDistributionProfileFilter();
        byId.idIn = added.id + ",999999";
        assertThat(client.getDistributionProfileService().list(byId).objects).extracting(p -> p.id)
                .containsExactly(added.id);

        KalturaGenericDistributionProfile change = new KalturaGenericDistributionProfile();
        change.name = "Renamed feed";
        KalturaGenericDistributionProfileAction path = new KalturaGenericDistributionProfileAction();
        path.serverPath = "ingest/v2";
        change.submitAction = path;
        KalturaGenericDistributionProfile updated = (KalturaGenericDistributionProfile) client
                .getDistributionProfileService().update(added.id, change);
        assertThat(updated.name).isEqualTo("Renamed feed");
        assertThat(updated.submitAction.serverPath).isEqualTo("ingest/v2");
        assertThat(updated.submitAction.serverUrl).isEqualTo("ftp.example.com:2121");
        assertThat(updated.requiredFlavorParamsIds).isEqualTo("0");

        KalturaGenericDistributionProfile protocol = new KalturaGenericDistributionProfile();
        KalturaGenericDistributionProfileAction sftp = new KalturaGenericDistributionProfileAction();
        sftp.protocol = KalturaDistributionProtocol.SFTP;
        protocol.submitAction = sftp;
        assertThatThrownBy(() -> client.getDistributionProfileService().update(added.id, protocol))
                .isInstanceOfSatisfying(KalturaApiException.class,
                        e -> assertThat(e.code).isEqualTo("PROPERTY_VALIDATION_NOT_UPDATABLE"));

        assertThat(client.getDistributionProfileService().updateStatus(added.id,
                KalturaDistributionProfileStatus.ENABLED).status).isEqualTo(KalturaDistributionProfileStatus.ENABLED);
        KalturaDistributionProfileFilter enabled = new KalturaDistributionProfileFilter();
        enabled.statusEqual = KalturaDistributionProfileStatus.ENABLED;
        assertThat(client.getDistributionProfileService().list(enabled).objects).extracting(p -> p.id)
                .containsExactly(added.id);
        assertThat(client.getDistributionProfileService().updateStatus(added.id,
                KalturaDistributionProfileStatus.DISABLED).status).isEqualTo(KalturaDistributionProfileStatus.DISABLED);

        // another partner sees nothing of it
        assertThat(other.getDistributionProfileService().list().totalCount).isZero();
        assertThat(other.getDistributionProfileService().listByPartner().totalCount).isZero();
        assertThatThrownBy(() -> other.getDistributionProfileService().get(added.id)).isInstanceOfSatisfying(
                KalturaApiException.class, e -> assertThat(e.code).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        assertThatThrownBy(() -> other.getDistributionProfileService().delete(added.id)).isInstanceOfSatisfying(
                KalturaApiException.class, e -> assertThat(e.code).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        assertThat(client.getDistributionProfileService().listByPartner().totalCount).isEqualTo(4);

        client.getDistributionProfileService().delete(added.id);
        assertThatThrownBy(() -> client.getDistributionProfileService().get(added.id)).isInstanceOfSatisfying(
                KalturaApiException.class, e -> assertThat(e.code).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        assertThat(awaitFtpServices(target, false)).doesNotContain("distribution.target = " + target + ",");
        assertThat(client.getDistributionProfileService().list().totalCount).isEqualTo(3);

        String log = Files.readString(server.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("added distribution profile " + added.id).doesNotContain(FTP_PASSWORD);
    }

    private static final String PROFILE = "/api_v3/service/contentdistribution_distributionprofile/action/";

    @Test
    @Order(3)
    void s3AndDownloadProfilesByFormInJsonAndXml() throws Exception {
        Api api = Api.anonymous(server);
        String ks = client.getSessionId();
        java.net.http.HttpResponse<String> s3 = api.post(PROFILE + "add", Api.form("ks", ks, "format", "1",
                "distributionProfile[objectType]", "KalturaGenericDistributionProfile",
                "distributionProfile[name]", "Bucket", "distributionProfile[genericProviderId]", "3",
                "distributionProfile[status]", "2",
                "distributionProfile[submitAction][objectType]", "KalturaGenericDistributionProfileAction",
                "distributionProfile[submitAction][serverUrl]", "https://minio.example.org:9000",
                "distributionProfile[submitAction][serverPath]", "media/kaltura",
                "distributionProfile[submitAction][username]", "AKIAEXAMPLE",
                "distributionProfile[submitAction][password]", "s3-secret-51a0"));
        assertThat(s3.statusCode()).isEqualTo(200);
        String json = s3.body();
        assertThat(json).startsWith("{\"objectType\":\"KalturaGenericDistributionProfile\",\"id\":")
                .contains("\"partnerId\":4242,\"providerType\":\"1\",\"name\":\"Bucket\",\"status\":2")
                .contains("\"genericProviderId\":3")
                .contains("\"submitAction\":{\"objectType\":\"KalturaGenericDistributionProfileAction\",\"protocol\":5,"
                        + "\"serverUrl\":\"https://minio.example.org:9000\",\"serverPath\":\"media/kaltura\","
                        + "\"username\":\"AKIAEXAMPLE\",\"ftpPassiveMode\":true}")
                .contains("\"requiredThumbDimensions\":[]").doesNotContain("s3-secret-51a0").doesNotContain("password");
        String s3Id = json.replaceAll("^.*?\"id\":([0-9]+).*$", "$1");

        java.net.http.HttpResponse<String> download = api.post(PROFILE + "add", Api.form("ks", ks,
                "distributionProfile[objectType]", "KalturaGenericDistributionProfile",
                "distributionProfile[name]", "Downloads", "distributionProfile[genericProviderId]", "1"));
        String xml = download.body();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result><objectType>"
                + "KalturaGenericDistributionProfile</objectType><id>").doesNotContain("\n")
                .contains("<genericProviderId>1</genericProviderId>").contains("<protocol>4</protocol>")
                .contains("<status>1</status>");
        String downloadId = xml.replaceAll("^.*?<id>([0-9]+)</id>.*$", "$1");
        assertThat(xml).contains("<serverUrl>" + server.baseUrl() + "/kaltura/kaltura-profile-" + downloadId
                + "</serverUrl>").contains("/kaltura-downloads/kaltura-profile-" + downloadId + "</serverPath>");

        java.net.http.HttpResponse<String> list = api.post(PROFILE + "list", Api.form("ks", ks, "format", "1",
                "filter[objectType]", "KalturaDistributionProfileFilter", "filter[idIn]", s3Id + "," + downloadId,
                "filter[orderBy]", "+createdAt", "pager[pageSize]", "1", "pager[pageIndex]", "2"));
        assertThat(list.body()).startsWith("{\"objectType\":\"KalturaDistributionProfileListResponse\",\"totalCount\":2,"
                + "\"objects\":[{\"objectType\":\"KalturaGenericDistributionProfile\",\"id\":" + downloadId + ",");

        assertThat(api.post(PROFILE + "updateStatus", Api.form("ks", ks, "id", s3Id, "status", "3")).body())
                .contains("<status>3</status>");
        assertThat(api.post(PROFILE + "get", Api.form("ks", ks, "format", "1", "id", s3Id)).body())
                .startsWith("{\"code\":\"DISTRIBUTION_PROFILE_NOT_FOUND\",\"message\":\"Distribution profile [" + s3Id
                        + "] not found\"");
        assertThat(api.post(PROFILE + "delete", Api.form("ks", ks, "id", downloadId)).body())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result></result></xml>");
        assertThat(api.post(PROFILE + "add", Api.form("ks", ks, "distributionProfile[objectType]",
                "KalturaFtpDistributionProfile", "distributionProfile[name]", "x", "distributionProfile[protocol]", "10"))
                .body()).contains("<code>PROPERTY_VALIDATION_WRONG_FORMAT</code>");
        String log = Files.readString(server.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("s3-secret-51a0");
    }

    @Test
    @Order(4)
    void theSeedsFtpProfileWithXsltsCompiledInTheSandbox() throws Exception {
        Api api = Api.anonymous(server);
        String ks = client.getSessionId();
        String xsl = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">";
        String include = xsl + "<xsl:include href=\"other.xsl\"/></xsl:stylesheet>";
        String good = xsl + "<xsl:template match=\"/\"><feed/></xsl:template></xsl:stylesheet>";
        assertThat(api.post(PROFILE + "add", Api.form("ks", ks, "format", "1",
                "distributionProfile[objectType]", "KalturaFtpDistributionProfile", "distributionProfile[name]", "x",
                "distributionProfile[metadataXslt]", include)).body())
                .startsWith("{\"code\":\"PROPERTY_VALIDATION_WRONG_FORMAT\"").contains("metadataXslt");
        String added = api.post(PROFILE + "add", Api.form("ks", ks, "format", "1",
                "distributionProfile[objectType]", "KalturaFtpDistributionProfile", "distributionProfile[name]", "SFTP",
                "distributionProfile[protocol]", "3", "distributionProfile[host]", "sftp.example.org",
                "distributionProfile[port]", "2222", "distributionProfile[basePath]", "/upload",
                "distributionProfile[username]", "kal", "distributionProfile[password]", "sftp-pw-99",
                "distributionProfile[metadataXslt]", good, "distributionProfile[disableMetadata]", "0",
                "distributionProfile[sendMetadataAfterAssets]", "1")).body();
        assertThat(added).startsWith("{\"objectType\":\"KalturaGenericDistributionProfile\"")
                .contains("\"genericProviderId\":2").contains("\"protocol\":3,\"serverUrl\":\"sftp.example.org:2222\","
                        + "\"serverPath\":\"/upload\",\"username\":\"kal\"")
                // the server's JSON writes '<' as \u003c (safe inside an HTML script element; the same string)
                .contains("\"metadataXslt\":\"" + good.replace("\"", "\\\"").replace("<", "\\u003c") + "\"")
                .contains("\"disableMetadata\":false,\"sendMetadataAfterAssets\":true").doesNotContain("sftp-pw-99");
        String id = added.replaceAll("^.*?\"id\":([0-9]+).*$", "$1");
        assertThat(awaitFtpServices("kaltura-profile-" + id, true)).contains("distribution.target = kaltura-profile-" + id + ",")
                .doesNotContain("sftp-pw-99");
        KalturaGenericDistributionProfile read = (KalturaGenericDistributionProfile) client
                .getDistributionProfileService().get(Integer.parseInt(id));
        assertThat(read.submitAction.protocol).isEqualTo(KalturaDistributionProtocol.SFTP);
        assertThat(read.submitAction.password).isNull();
    }

    @Test
    @Order(5)
    void badParametersAreKalturasErrorsAndChangeNothing() throws Exception {
        Api api = Api.anonymous(server);
        String ks = client.getSessionId();
        int before = client.getDistributionProfileService().list().totalCount;

        assertThat(api.post(PROFILE + "add", Api.form("ks", ks, "format", "1",
                "distributionProfile[objectType]", "KalturaGenericDistributionProfile", "distributionProfile[name]", "x",
                "distributionProfile[genericProviderId]", "2", "distributionProfile[status]", "7")).body())
                .startsWith("{\"code\":\"INVALID_ENUM_VALUE\"");
        assertThat(api.post(PROFILE + "add", Api.form("ks", ks, "format", "1", "distributionProfile[name]", "x",
                "distributionProfile[genericProviderId]", "2")).body())
                .startsWith("{\"code\":\"OBJECT_TYPE_ABSTRACT\"");
        assertThat(api.post(PROFILE + "add", Api.form("ks", ks, "format", "1")).body())
                .startsWith("{\"code\":\"MISSING_MANDATORY_PARAMETER\"");
        assertThat(api.post(PROFILE + "updateStatus", Api.form("ks", ks, "format", "1", "id", "1", "status", "9")).body())
                .startsWith("{\"code\":\"INVALID_ENUM_VALUE\"");
        assertThat(api.post(PROFILE + "get", Api.form("ks", ks, "format", "1", "id", "seven")).body())
                .startsWith("{\"code\":\"PROPERTY_VALIDATION_WRONG_FORMAT\"");
        assertThat(api.post(PROFILE + "get", Api.form("format", "1", "id", "1")).body())
                .startsWith("{\"code\":\"MISSING_KS\"");

        assertThat(client.getDistributionProfileService().list().totalCount).isEqualTo(before);
    }

    @Test
    @Order(6)
    void theJavaClientsMultirequestAnswersEveryCallInOrder() throws Exception {
        KalturaGenericDistributionProfile added = (KalturaGenericDistributionProfile) client.getDistributionProfileService()
                .add(ftpProfile("Multirequest"));

        client.startMultiRequest();
        client.getDistributionProviderService().list();
        client.getDistributionProfileService().get(added.id);
        client.getDistributionProfileService().get(987654321);
        com.kaltura.client.KalturaMultiResponse answers = client.doMultiRequest();

        assertThat(answers).hasSize(3);
        assertThat(answers.get(0)).isInstanceOf(KalturaDistributionProviderListResponse.class);
        assertThat(((KalturaGenericDistributionProfile) answers.get(1)).name).isEqualTo("Multirequest");
        assertThat(answers.get(2)).isInstanceOfSatisfying(KalturaApiException.class,
                e -> assertThat(e.code).as(e.getMessage()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        client.getDistributionProfileService().delete(added.id);
    }

    /** A profile of each channel (2 ftp, 3 s3, 1 download), as the Java client builds it. */
    private static KalturaGenericDistributionProfile profileOf(int providerId, String name) {
        KalturaGenericDistributionProfile p = new KalturaGenericDistributionProfile();
        p.name = name;
        p.genericProviderId = providerId;
        if (providerId == 2) {
            return ftpProfile(name);
        }
        if (providerId == 3) {
            KalturaGenericDistributionProfileAction target = new KalturaGenericDistributionProfileAction();
            target.protocol = KalturaDistributionProtocol.HTTPS;
            target.serverUrl = "https://minio.example.org:9000";
            target.serverPath = "media/" + name.toLowerCase(java.util.Locale.ROOT);
            target.username = "AKIAEXAMPLE";
            target.password = "s3-secret-each-channel";
            p.submitAction = target;
        }
        return p;
    }

    @Test
    @Order(7)
    void everyChannelsProfileGoesThroughTheWholeLifecycleWithTheJavaClient() throws Exception {
        for (int providerId : new int[] { 1, 2, 3 }) {
            String name = "Lifecycle" + providerId;
            KalturaGenericDistributionProfile added = (KalturaGenericDistributionProfile) client
                    .getDistributionProfileService().add(profileOf(providerId, name));
            assertThat(added.genericProviderId).as(name).isEqualTo(providerId);

            KalturaGenericDistributionProfile got = (KalturaGenericDistributionProfile) client
                    .getDistributionProfileService().get(added.id);
            assertThat(got.name).as(name).isEqualTo(name);

            KalturaDistributionProfileFilter filter = new KalturaDistributionProfileFilter();
            filter.idIn = added.id + "";
            KalturaFilterPager pager = new KalturaFilterPager();
            pager.pageSize = 1;
            pager.pageIndex = 1;
            KalturaDistributionProfileListResponse listed = client.getDistributionProfileService().list(filter, pager);
            assertThat(listed.totalCount).as(name).isEqualTo(1);
            assertThat(((KalturaGenericDistributionProfile) listed.objects.get(0)).id).isEqualTo(added.id);

            KalturaGenericDistributionProfile change = new KalturaGenericDistributionProfile();
            change.name = name + " renamed";
            KalturaGenericDistributionProfile updated = (KalturaGenericDistributionProfile) client
                    .getDistributionProfileService().update(added.id, change);
            assertThat(updated.name).as(name).isEqualTo(name + " renamed");
            assertThat(updated.genericProviderId).isEqualTo(providerId);

            KalturaDistributionProfile enabled = client.getDistributionProfileService().updateStatus(added.id,
                    KalturaDistributionProfileStatus.ENABLED);
            assertThat(enabled.status).as(name).isEqualTo(KalturaDistributionProfileStatus.ENABLED);
            KalturaDistributionProfile disabled = client.getDistributionProfileService().updateStatus(added.id,
                    KalturaDistributionProfileStatus.DISABLED);
            assertThat(disabled.status).as(name).isEqualTo(KalturaDistributionProfileStatus.DISABLED);

            client.getDistributionProfileService().delete(added.id);
            assertThatThrownBy(() -> client.getDistributionProfileService().get(added.id)).as(name)
                    .isInstanceOfSatisfying(KalturaApiException.class,
                            e -> assertThat(e.code).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        }
        String log = Files.readString(server.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("s3-secret-each-channel");
    }
}
