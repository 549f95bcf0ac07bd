package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.kaltura.api.KList;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaActions;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.KalturaSession;
import org.syndicast.kaltura.api.KalturaSessions;

class CallsTest {
    /** KS "good" is partner 4242's; "forged" is refused by the verifier; anything else no verifier knows. */
    private final Authentication authentication = new Authentication() {
        @Override
        public Optional<Caller> identify(RequestCredentials credentials) {
            assertThat(credentials.header("Authorization")).isEmpty();
            Optional<String> ks = credentials.parameter("ks");
            if (ks.isEmpty()) {
                return Optional.empty();
            }
            if (ks.get().equals("forged")) {
                throw new AccessDeniedException(401, "INVALID_KS", "Invalid KS: bad signature");
            }
            return ks.get().equals("good") ? Optional.of(new Caller("u", Set.of(), "partner-4242", "ks")) : Optional.empty();
        }

        @Override
        public Caller authorize(RequestCredentials credentials, Access access) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean allows(Caller caller, Access access) {
            return true;
        }

        @Override
        public Optional<Login> login(String user, String password, String organization) {
            return Optional.empty();
        }

        @Override
        public String defaultOrganization() {
            return "default";
        }
    };
    private final List<String> seen = new ArrayList<>();
    private final ServiceRegistry registry = new ServiceRegistry();
    private KalturaSessions sessions;
    private final Calls calls = new Calls(registry, authentication, () -> sessions);

    CallsTest() {
        KalturaActions profiles = KalturaActions.of("contentdistribution_distributionprofile",
                Map.<String, Function<KalturaCall, Object>>of(
                        "get", c -> profile(c.params().requireInt("id")),
                        "list", c -> KList.of("KalturaDistributionProfileListResponse", 2, List.of(profile(301), profile(302))),
                        "whoami", c -> c.requireCaller().organization(),
                        "partner", c -> c.requireSession().partnerId(),
                        "boom", c -> {
                            throw new IllegalStateException("SELECT secret FROM partners");
                        },
                        "odd", c -> 1.5,
                        "file", c -> c.requireFile("xslFile").fileName(),
                        "echo", c -> c.params().requireString("text")));
        registry.add((KalturaService) (action, call) -> {
            seen.add(action + ":" + call.params().string("ks").orElse("-"));
            return profiles.call(action, call);
        }, Map.of(KalturaService.NAME, "contentDistribution_distributionProfile"));
    }

    private static KObject profile(int id) {
        return KObject.builder("KalturaGenericDistributionProfile").put("id", id).put("name", "P" + id).build();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String code(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Failure.class);
        return ((Outcome.Failure) o).error().code();
    }

    private static Object value(Outcome o) {
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Result.class);
        return ((Outcome.Result) o).value();
    }

    private Outcome one(String action, Map<String, Object> params) {
        return calls.one("contentdistribution_distributionprofile", action, params, new Uploads());
    }

    @Test
    void servicesAreFoundInAnyCaseAndActionsToo() {
        assertThat(value(calls.one("CONTENTDISTRIBUTION_DISTRIBUTIONPROFILE", "GET", map("id", "301"), new Uploads())))
                .isEqualTo(profile(301));
        assertThat(value(calls.one(null, null, map("service", "contentDistribution_distributionProfile", "action", "get",
                "id", 302), new Uploads()))).isEqualTo(profile(302));
    }

    @Test
    void unknownNamesAndMissingOnes() {
        assertThat(code(calls.one("nothing", "get", map(), new Uploads()))).isEqualTo("SERVICE_DOES_NOT_EXISTS");
        assertThat(code(one("submitEverything", map()))).isEqualTo("ACTION_DOES_NOT_EXISTS");
        assertThat(code(calls.one(null, null, map(), new Uploads()))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(code(calls.one("contentdistribution_distributionprofile", null, map(), new Uploads())))
                .isEqualTo("ACTION_DOES_NOT_EXISTS");
    }

    @Test
    void aServiceServesWhileItIsRegistered() {
        KalturaService other = (action, call) -> "other";
        registry.remove(other, Map.of(KalturaService.NAME, "contentdistribution_distributionprofile"));
        assertThat(value(one("get", map("id", 1)))).as("another instance's removal leaves it").isEqualTo(profile(1));
        registry.add(other, Map.of(KalturaService.NAME, "Later"));
        assertThat(value(calls.one("later", "anything", map(), new Uploads()))).isEqualTo("other");
        registry.remove(other, Map.of(KalturaService.NAME, "later"));
        assertThat(code(calls.one("later", "anything", map(), new Uploads()))).isEqualTo("SERVICE_DOES_NOT_EXISTS");
    }

    @Test
    void theCallerComesFromTheOneAuthenticationServiceByKsOnly() {
        assertThat(value(one("whoami", map("ks", "good")))).isEqualTo("partner-4242");
        assertThat(code(one("whoami", map()))).isEqualTo("MISSING_KS");
        assertThat(code(one("whoami", map("ks__null", "")))).isEqualTo("MISSING_KS");
        assertThat(code(one("whoami", map("ks", "forged")))).isEqualTo("INVALID_KS");
        assertThat(code(one("whoami", map("ks", "unknown")))).isEqualTo("INVALID_KS");
    }

    @Test
    void theKsDetailsComeFromTheSessionsService() {
        assertThat(code(one("partner", map("ks", "good")))).as("no KalturaSessions installed").isEqualTo("INVALID_KS");
        sessions = ks -> {
            if (!ks.equals("good")) {
                throw KalturaException.invalidKs("expired");
            }
            return new KalturaSession(4242, "", KalturaSession.ADMIN, "", Instant.now().plusSeconds(60));
        };
        assertThat(value(one("partner", map("ks", "good")))).isEqualTo(4242);
        assertThat(code(one("partner", map("ks", "old")))).isEqualTo("INVALID_KS");
        assertThat(code(one("partner", map()))).isEqualTo("MISSING_KS");
    }

    @Test
    void unexpectedFailuresAreInternalErrorsWithAReferenceOnly() {
        KalturaException e = ((Outcome.Failure) one("boom", map())).error();
        assertThat(e.code()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(e.getMessage()).contains("reference").doesNotContain("SELECT");
        assertThat(code(one("odd", map()))).isEqualTo("INTERNAL_SERVER_ERROR");
    }

    @Test
    void aMultirequestRunsInKeyOrderWithReferencesByPosition() {
        Map<String, Object> tree = map("format", "2", "ks", "good",
                "10", map("service", "contentdistribution_distributionprofile", "action", "echo",
                        "text", "{2:result:objects:1:id}/{1:result:name}/{2:result:totalCount}"),
                "1", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "301", "ks", "own"),
                "2", map("service", "contentdistribution_distributionprofile", "action", "list"));
        List<Outcome> out = calls.many(tree, new Uploads());
        assertThat(out).hasSize(3);
        assertThat(value(out.get(0))).isEqualTo(profile(301));
        assertThat(value(out.get(2))).isEqualTo("302/P301/2");
        assertThat(seen).containsExactly("get:own", "list:good", "echo:good");
    }

    @Test
    void pythonsKeysFromZeroCountFromOneToo() {
        Map<String, Object> tree = map(
                "0", map("service", "contentdistribution_distributionprofile", "action", "get", "id", 301),
                "1", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "{1:result:id}"));
        List<Outcome> out = calls.many(tree, new Uploads());
        assertThat(value(out.get(1))).isEqualTo(profile(301));
    }

    @Test
    void aFailedCallDoesNotStopTheOthersAndAReferenceToItFails() {
        Map<String, Object> tree = map(
                "1", map("service", "nothing", "action", "get"),
                "2", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "{1:result:id}"),
                "3", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "{9:result}"),
                "4", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "{4:result}"),
                "5", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "{6:result}"),
                "6", "not an object",
                "7", map("service", "contentdistribution_distributionprofile", "action", "get", "id", "302"));
        List<Outcome> out = calls.many(tree, new Uploads());
        assertThat(out).hasSize(7);
        assertThat(code(out.get(0))).isEqualTo("SERVICE_DOES_NOT_EXISTS");
        assertThat(code(out.get(1))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(((Outcome.Failure) out.get(1)).error().args()).containsEntry("PARAM_NAME", "id");
        assertThat(code(out.get(2))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(code(out.get(3))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(code(out.get(4))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(code(out.get(5))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(value(out.get(6))).isEqualTo(profile(302));
    }

    @Test
    void aReferenceToAPathWithoutTextFails() {
        Map<String, Object> tree = map(
                "1", map("service", "contentdistribution_distributionprofile", "action", "list"),
                "2", map("service", "contentdistribution_distributionprofile", "action", "echo", "text", "{1:result:objects}"),
                "3", map("service", "contentdistribution_distributionprofile", "action", "echo", "text", "{1:result:objects:5:id}"),
                "4", map("service", "contentdistribution_distributionprofile", "action", "echo", "text", "{1:result:objectType}"));
        List<Outcome> out = calls.many(tree, new Uploads());
        assertThat(code(out.get(1))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(code(out.get(2))).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(value(out.get(3))).isEqualTo("KalturaDistributionProfileListResponse");
    }

    @Test
    void aFileIsTheCallsOwnInsideAMultirequest() throws Exception {
        try (Uploads uploads = new Uploads()) {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("t", ".xsl");
            uploads.add("2:xslFile", "/home/me/mine.xsl", f);
            List<Outcome> out = calls.many(map(
                    "1", map("service", "contentdistribution_distributionprofile", "action", "file"),
                    "2", map("service", "contentdistribution_distributionprofile", "action", "file")), uploads);
            assertThat(code(out.get(0))).isEqualTo("MISSING_MANDATORY_PARAMETER");
            assertThat(value(out.get(1))).isEqualTo("mine.xsl");
        }
    }
}
