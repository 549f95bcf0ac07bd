package org.syndicast.kaltura.distribution.impl.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.distribution.impl.TestProfiles;
import org.syndicast.kaltura.distribution.profile.Channel;

class ProfileKalturaServiceTest {
    @TempDir
    Path dir;
    TestProfiles t;
    ProfileKalturaService service;
    ProviderKalturaService providers;

    @BeforeEach
    void start() {
        t = new TestProfiles(dir);
        service = new ProfileKalturaService(t.service, tenant -> java.util.Optional.ofNullable(Map.of("tenant-b", 4242, "tenant-c", 4243).get(tenant)), caller -> !caller.user().equals("viewer"));
        providers = new ProviderKalturaService(t.providers, tenant -> java.util.Optional.empty());
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private Object call(String partner, String action, Map<String, ?> params) {
        return service.call(action, FakeCall.of(partner, params));
    }

    private static Map<String, Object> ftpProfile() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("objectType", "KalturaGenericDistributionProfileAction");
        action.put("protocol", 1);
        action.put("serverUrl", "ftp.example.com");
        action.put("serverPath", "ingest");
        action.put("username", "feed");
        action.put("password", "pw-never-answered");
        action.put("ftpPassiveMode", true);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objectType", "KalturaGenericDistributionProfile");
        p.put("name", "Partner feed");
        p.put("status", "2");
        p.put("submitEnabled", 3);
        p.put("requiredFlavorParamsIds", "0");
        p.put("requiredThumbDimensions", Map.of("-", ""));
        p.put("genericProviderId", 2);
        p.put("submitAction", action);
        p.put("sunriseDefaultOffset__null", "");
        p.put("sunsetDefaultOffset", "3600");
        p.put("optionalAssetDistributionRules", List.of(Map.of("objectType", "KalturaAssetDistributionRule",
                "validationError", "missing", "assetDistributionConditions", List.of(Map.of("objectType",
                        "KalturaAssetDistributionPropertyCondition", "propertyName", "language", "propertyValue",
                        "en")))));
        return p;
    }

    @Test
    void addAnswersTheGenericProfileInTheWiresOrderWithoutPassword() {
        KObject p = (KObject) call("4242", "add", Map.of("distributionProfile", ftpProfile()));
        assertThat(p.objectType()).isEqualTo("KalturaGenericDistributionProfile");
        assertThat(List.copyOf(p.fields().keySet()).subList(0, 12)).containsExactly("id", "createdAt", "updatedAt",
                "partnerId", "providerType", "name", "status", "submitEnabled", "updateEnabled", "deleteEnabled",
                "reportEnabled", "requiredFlavorParamsIds");
        assertThat(p.get("partnerId")).contains(4242);
        assertThat(p.get("providerType")).contains("1");
        assertThat(p.get("status")).contains(2);
        assertThat(p.get("genericProviderId")).contains(2);
        assertThat(p.get("requiredThumbDimensions")).contains(List.of());
        assertThat(p.get("sunriseDefaultOffset")).isEmpty();
        assertThat(p.get("sunsetDefaultOffset")).contains(3600);
        assertThat(p.get("distributeTrigger")).contains(1);
        for (String a : List.of("submitAction", "updateAction", "deleteAction", "fetchReportAction")) {
            KObject action = (KObject) p.get(a).orElseThrow();
            assertThat(action.objectType()).isEqualTo("KalturaGenericDistributionProfileAction");
            assertThat(action.fields()).containsEntry("protocol", 1).containsEntry("serverUrl", "ftp.example.com")
                    .containsEntry("serverPath", "ingest").containsEntry("username", "feed")
                    .containsEntry("ftpPassiveMode", true).doesNotContainKey("password");
        }
        List<?> rules = (List<?>) p.get("optionalAssetDistributionRules").orElseThrow();
        KObject rule = (KObject) rules.get(0);
        assertThat(rule.objectType()).isEqualTo("KalturaAssetDistributionRule");
        assertThat(rule.get("validationError")).contains("missing");
        KObject condition = (KObject) ((List<?>) rule.get("assetDistributionConditions").orElseThrow()).get(0);
        assertThat(condition.fields()).containsEntry("propertyName", "language").containsEntry("propertyValue", "en");
        assertThat(p.toString()).doesNotContain("pw-never-answered");
        assertThat(p.fields().values().toString()).doesNotContain("pw-never-answered");
        int id = (Integer) p.get("id").orElseThrow();
        assertThat(t.targets.of("ftp", "kaltura-profile-" + id)).containsEntry(".password", "pw-never-answered");

        assertThat(call("4242", "get", Map.of("id", String.valueOf(id)))).isEqualTo(p);
    }

    @Test
    void listFiltersAndPagesAndListByPartnerSeesOnlyTheKsPartner() {
        for (int i = 0; i < 3; i++) {
            call("4242", "add", Map.of("distributionProfile", ftpProfile()));
        }
        call("4243", "add", Map.of("distributionProfile", ftpProfile()));
        KObject all = (KObject) call("4242", "list", Map.of());
        assertThat(all.objectType()).isEqualTo("KalturaDistributionProfileListResponse");
        assertThat(List.copyOf(all.fields().keySet())).containsExactly("totalCount", "objects");
        assertThat(all.get("totalCount")).contains(3);
        KObject page = (KObject) call("4242", "list", Map.of("filter", Map.of("objectType",
                "KalturaDistributionProfileFilter", "statusEqual", 2, "orderBy", "-createdAt"), "pager",
                Map.of("objectType", "KalturaFilterPager", "pageSize", 2, "pageIndex", 2)));
        assertThat(page.get("totalCount")).contains(3);
        assertThat((List<?>) page.get("objects").orElseThrow()).hasSize(1);
        KObject none = (KObject) call("4242", "list", Map.of("filter", Map.of("idIn", "999998,999999")));
        assertThat(none.get("totalCount")).contains(0);
        assertThat(none.get("objects")).contains(List.of());

        assertThat(((KObject) call("4242", "listByPartner", Map.of())).get("totalCount")).contains(3);
        assertThat(((KObject) call("4242", "listByPartner", Map.of("filter", Map.of("objectType",
                "KalturaPartnerFilter", "idEqual", 4243)))).get("totalCount")).contains(0);
        assertThat(((KObject) call("4243", "listByPartner", Map.of("filter", Map.of("idIn", "4242,4243"))))
                .get("totalCount")).contains(1);
        assertThatThrownBy(() -> call("4242", "list", Map.of("filter", Map.of("advancedSearch",
                Map.of("objectType", "KalturaSearchItem"))))).isInstanceOf(KalturaException.class);
    }

    @Test
    void updateUpdateStatusAndDelete() {
        int id = (Integer) ((KObject) call("4242", "add", Map.of("distributionProfile", ftpProfile()))).get("id")
                .orElseThrow();
        KObject u = (KObject) call("4242", "update", Map.of("id", id, "distributionProfile", Map.of("objectType",
                "KalturaGenericDistributionProfile", "name", "Renamed", "submitAction", Map.of("serverPath", "in2"))));
        assertThat(u.get("name")).contains("Renamed");
        assertThat(((KObject) u.get("submitAction").orElseThrow()).get("serverPath")).contains("in2");
        assertThat(((KObject) u.get("submitAction").orElseThrow()).get("serverUrl")).contains("ftp.example.com");
        KObject s = (KObject) call("4242", "updateStatus", Map.of("id", id, "status", "1"));
        assertThat(s.get("status")).contains(1);
        assertThatThrownBy(() -> call("4242", "updateStatus", Map.of("id", id, "status", "7")))
                .isInstanceOfSatisfying(KalturaException.class, e -> assertThat(e.code()).isEqualTo("INVALID_ENUM_VALUE"));
        assertThatThrownBy(() -> call("4243", "delete", Map.of("id", id))).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        assertThat(call("4242", "delete", Map.of("id", id))).isNull();
        assertThatThrownBy(() -> call("4242", "get", Map.of("id", id))).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
    }

    @Test
    void theSeedsFtpClassAndFormStyleValues() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objectType", "KalturaFtpDistributionProfile");
        p.put("name", "FTP");
        p.put("protocol", "3");
        p.put("host", "sftp.example.org");
        p.put("port", "2222");
        p.put("basePath", "up");
        p.put("password", "pw");
        p.put("disableMetadata", "true");
        KObject a = (KObject) call("4242", "add", Map.of("partnerId", "4242", "distributionProfile", p));
        assertThat(a.objectType()).isEqualTo("KalturaGenericDistributionProfile");
        assertThat(a.get("genericProviderId")).contains(Channel.FTP.providerId());
        assertThat(a.get("disableMetadata")).contains(true);
        KObject action = (KObject) a.get("submitAction").orElseThrow();
        assertThat(action.fields()).containsEntry("protocol", 3).containsEntry("serverUrl", "sftp.example.org:2222")
                .containsEntry("serverPath", "up");
    }

    @Test
    void aPartnerWhoseTenantIsNamedOtherwiseIsAnsweredByItsPartnerId() {
        KObject p = (KObject) call("tenant-b", "add", Map.of("partnerId", 4242, "distributionProfile", ftpProfile()));
        assertThat(p.get("partnerId")).contains(4242);
        int id = (Integer) p.get("id").orElseThrow();
        assertThat(t.service.get("tenant-b", id).partnerId()).isEqualTo("tenant-b");
        assertThatThrownBy(() -> call("tenant-c", "get", Map.of("id", id))).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROFILE_NOT_FOUND"));
        assertThatThrownBy(() -> call("tenant-b", "list", Map.of("partnerId", "tenant-b"))).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("INVALID_KS"));
        assertThat(((KObject) call("tenant-b", "listByPartner", Map.of("filter", Map.of("idEqual", "4242"))))
                .get("totalCount")).contains(1);
    }

    @Test
    void aReadOnlyCallerReadsButChangesNothing() {
        int id = (Integer) ((KObject) call("4242", "add", Map.of("distributionProfile", ftpProfile()))).get("id")
                .orElseThrow();
        FakeCall viewer = new FakeCall("4242", org.syndicast.kaltura.api.Params.of(Map.of("id", id)), "viewer");
        assertThat(service.call("get", viewer)).isInstanceOf(KObject.class);
        assertThat(service.call("list", viewer)).isInstanceOf(KObject.class);
        for (String action : List.of("add", "update", "updateStatus", "delete")) {
            assertThatThrownBy(() -> service.call(action, viewer)).isInstanceOfSatisfying(KalturaException.class,
                    e -> assertThat(e.code()).isEqualTo("SERVICE_FORBIDDEN"));
        }
        assertThat(t.service.get("4242", id).name()).isEqualTo("Partner feed");
    }

    @Test
    void errorsOfTheWire() {
        assertThatThrownBy(() -> call(null, "list", Map.of())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("MISSING_KS"));
        assertThatThrownBy(() -> call("4242", "list", Map.of("partnerId", "4243"))).isInstanceOfSatisfying(
                KalturaException.class, e -> assertThat(e.code()).isEqualTo("INVALID_KS"));
        assertThatThrownBy(() -> call("4242", "add", Map.of())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("MISSING_MANDATORY_PARAMETER"));
        assertThatThrownBy(() -> call("4242", "get", Map.of())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("MISSING_MANDATORY_PARAMETER"));
        assertThatThrownBy(() -> call("4242", "add", Map.of("distributionProfile", Map.of("name", "x"))))
                .isInstanceOfSatisfying(KalturaException.class, e -> assertThat(e.code()).isEqualTo("OBJECT_TYPE_ABSTRACT"));
        assertThatThrownBy(() -> call("4242", "add", Map.of("distributionProfile", Map.of("objectType",
                "KalturaGenericDistributionProfile", "name", "x", "genericProviderId", 55))))
                .isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("DISTRIBUTION_PROVIDER_NOT_FOUND"));
        assertThatThrownBy(() -> call("4242", "nosuch", Map.of())).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("ACTION_DOES_NOT_EXISTS"));
        // names are case-insensitive
        assertThat(service.call("LIST", FakeCall.of("4242", Map.of()))).isInstanceOf(KObject.class);
    }

    @Test
    void providersAreTheInstalledChannels() {
        KObject list = (KObject) providers.call("list", FakeCall.of("4242", Map.of()));
        assertThat(list.objectType()).isEqualTo("KalturaDistributionProviderListResponse");
        assertThat(list.get("totalCount")).contains(3);
        List<?> items = (List<?>) list.get("objects").orElseThrow();
        KObject first = (KObject) items.get(0);
        assertThat(first.objectType()).isEqualTo("KalturaGenericDistributionProvider");
        assertThat(List.copyOf(first.fields().keySet())).startsWith("type", "name");
        assertThat(first.fields()).containsEntry("type", "1").containsEntry("id", 1)
                .containsEntry("name", "Syndicast download").containsEntry("status", 2)
                .containsEntry("isDefault", false).containsEntry("partnerId", 0);
        t.providers.installed.remove(Channel.S3);
        KObject two = (KObject) providers.call("list", FakeCall.of("4242", Map.of()));
        assertThat(two.get("totalCount")).contains(2);
        assertThat(((List<?>) two.get("objects").orElseThrow()).stream().map(o -> ((KObject) o).get("id").orElseThrow()))
                .containsExactly(1, 2);
        assertThat(((KObject) providers.call("list", FakeCall.of("4242", Map.of("filter", Map.of("objectType",
                "KalturaDistributionProviderFilter", "typeEqual", "ftpDistribution.FTP"))))).get("totalCount"))
                .contains(0);
        assertThat(((KObject) providers.call("list", FakeCall.of("4242", Map.of("pager", Map.of("pageSize", 1,
                "pageIndex", 2))))).get("objects").map(o -> ((List<?>) o).size())).contains(1);
        assertThatThrownBy(() -> providers.call("list", FakeCall.of(null, Map.of()))).isInstanceOf(KalturaException.class);
    }
}
