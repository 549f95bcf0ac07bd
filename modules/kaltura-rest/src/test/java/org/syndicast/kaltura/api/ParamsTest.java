package org.syndicast.kaltura.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ParamsTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static KalturaException error(Runnable r) {
        try {
            r.run();
        } catch (KalturaException e) {
            return e;
        }
        throw new AssertionError("no KalturaException");
    }

    @Test
    void anIntIsReadFromANumberOrItsText() {
        Params p = Params.of(map("a", 104, "b", "104", "c", " 7 ", "d", "-3"));
        assertThat(p.integer("a")).contains(104);
        assertThat(p.integer("b")).contains(104);
        assertThat(p.integer("c")).contains(7);
        assertThat(p.requireInt("d")).isEqualTo(-3);
    }

    @Test
    void everyWayOfWritingABooleanIsRead() {
        Params p = Params.of(map("a", true, "b", "True", "c", "true", "d", "1", "e", 1,
                "f", false, "g", "False", "h", "0", "i", 0, "j", "FALSE"));
        for (String n : List.of("a", "b", "c", "d", "e")) {
            assertThat(p.bool(n)).as(n).contains(true);
        }
        for (String n : List.of("f", "g", "h", "i", "j")) {
            assertThat(p.bool(n)).as(n).contains(false);
        }
    }

    @Test
    void aStringTakesNumbersAndBooleansAsTheirText() {
        Params p = Params.of(map("partnerId", 4242, "providerType", "1", "flag", true));
        assertThat(p.string("partnerId")).contains("4242");
        assertThat(p.string("providerType")).contains("1");
        assertThat(p.string("flag")).contains("true");
    }

    @Test
    void wrongFormatsAreRefusedNamingTheParameterByItsPath() {
        Params p = Params.of(map("distributionProfile", map("submitAction", map("protocol", "ftp", "ftpPassiveMode", "yes",
                "id", "1.5", "big", "2147483648", "empty", "")), "obj", map("x", "1")));
        Params action = p.requireObject("distributionProfile").requireObject("submitAction");
        KalturaException e = error(() -> action.integer("protocol"));
        assertThat(e.code()).isEqualTo(KalturaException.PROPERTY_VALIDATION_WRONG_FORMAT);
        assertThat(e.getMessage()).contains("distributionProfile:submitAction:protocol").doesNotContain("ftp\"");
        assertThat(error(() -> action.bool("ftpPassiveMode")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> action.integer("id")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> action.integer("big")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(action.longValue("big")).contains(2147483648L);
        assertThat(error(() -> action.integer("empty")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> p.string("obj")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> p.requireObject("distributionProfile").object("submitAction").get().object("id")).code())
                .isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
    }

    @Test
    void aMissingMandatoryParameterIsNamed() {
        Params p = Params.of(map("distributionProfile", map("objectType", "KalturaGenericDistributionProfile")));
        KalturaException e = error(() -> p.requireObject("distributionProfile").requireString("name"));
        assertThat(e.code()).isEqualTo(KalturaException.MISSING_MANDATORY_PARAMETER);
        assertThat(e.args()).containsEntry("PARAM_NAME", "distributionProfile:name");
        assertThat(error(() -> p.requireInt("id")).code()).isEqualTo("MISSING_MANDATORY_PARAMETER");
        assertThat(error(() -> p.requireObject("filter")).code()).isEqualTo("MISSING_MANDATORY_PARAMETER");
    }

    @Test
    void enumsAreCheckedAgainstTheirValues() {
        Params p = Params.of(map("status", "2", "bad", 7, "type", "1", "badType", "ftpDistribution.FTP"));
        assertThat(p.intEnum("status", Set.of(1, 2, 3))).contains(2);
        KalturaException e = error(() -> p.intEnum("bad", Set.of(1, 2, 3)));
        assertThat(e.code()).isEqualTo(KalturaException.INVALID_ENUM_VALUE);
        assertThat(e.getMessage()).contains("[7]").contains("[bad]").contains("1, 2, 3");
        assertThat(p.stringEnum("type", Set.of("1", "2"))).contains("1");
        assertThat(error(() -> p.stringEnum("badType", Set.of("1"))).code()).isEqualTo("INVALID_ENUM_VALUE");
        assertThat(p.intEnum("absent", Set.of(1))).isEmpty();
    }

    @Test
    void nullMarkersMakeAGivenNull() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("ks__null", "");
        tree.put("sunset", null);
        tree.put("sunrise__null", "");
        tree.put("sunrise", "100");
        Params p = Params.of(tree);
        assertThat(p.has("ks")).isTrue();
        assertThat(p.isNull("ks")).isTrue();
        assertThat(p.string("ks")).isEmpty();
        assertThat(p.isNull("sunset")).isTrue();
        assertThat(p.isNull("sunrise")).as("the marker wins over a value").isTrue();
        assertThat(p.longValue("sunrise")).isEmpty();
        assertThat(p.has("absent")).isFalse();
        assertThat(p.isNull("absent")).isFalse();
        assertThat(p.names()).containsExactly("ks", "sunset", "sunrise");
        assertThat(error(() -> p.requireString("ks")).code()).isEqualTo("MISSING_MANDATORY_PARAMETER");
    }

    @Test
    void theMarkerWinsWhateverTheOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("sunrise", "100");
        tree.put("sunrise__null", "");
        assertThat(Params.of(tree).isNull("sunrise")).isTrue();
    }

    @Test
    void theEmptyArrayMarkerAndAJsonArrayAndAnIndexedObjectAreArrays() {
        Map<String, Object> indexed = new HashMap<>();
        indexed.put("10", map("objectType", "KalturaDistributionThumbDimensions", "width", "1280"));
        indexed.put("2", map("objectType", "KalturaDistributionThumbDimensions", "width", "640"));
        Params p = Params.of(map("marker", map("-", ""), "json", new ArrayList<>(List.of(map("width", 1))),
                "empty", List.of(), "indexed", indexed, "nulled", null, "formEmpty", ""));
        assertThat(p.objects("marker")).contains(List.of());
        assertThat(p.objects("empty")).contains(List.of());
        assertThat(p.objects("formEmpty")).contains(List.of());
        assertThat(p.objects("json").get()).hasSize(1);
        assertThat(p.objects("json").get().get(0).integer("width")).contains(1);
        assertThat(p.objects("indexed").get()).extracting(i -> i.integer("width").get()).containsExactly(640, 1280);
        assertThat(p.objects("nulled")).isEmpty();
        assertThat(p.objects("absent")).isEmpty();
    }

    @Test
    void anArrayOfSomethingElseIsAWrongFormat() {
        Params p = Params.of(map("dims", map("a", map("width", "1")), "text", "x", "scalars", Arrays.asList("1", "2")));
        assertThat(error(() -> p.objects("dims")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> p.objects("text")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
        assertThat(error(() -> p.objects("scalars")).code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT");
    }

    @Test
    void objectTypePicksTheClassWhereverItStands() {
        Params python = Params.of(map("distributionProfile", map("genericProviderId", "101", "name", "Feed",
                "objectType", "KalturaGenericDistributionProfile")));
        assertThat(python.requireObject("distributionProfile").objectType()).contains("KalturaGenericDistributionProfile");
        assertThat(python.requireObject("distributionProfile").path()).isEqualTo("distributionProfile");
        assertThat(Params.of(map("objectType", "")).objectType()).isEmpty();
        assertThat(Params.empty().objectType()).isEmpty();
    }

    @Test
    void theTreeComesBackAsItWasGiven() {
        Map<String, Object> tree = map("rules", List.of(map("objectType", "KalturaAssetDistributionRule", "n", "1")),
                "obj", map("a", "x", "b__null", ""), "id", 5);
        Map<String, Object> back = Params.of(tree).toTree();
        Map<String, Object> expected = map("rules", List.of(map("objectType", "KalturaAssetDistributionRule", "n", "1")),
                "obj", map("a", "x", "b", null), "id", "5");
        assertThat(back).isEqualTo(expected);
        assertThat(Params.of(back).toTree()).isEqualTo(expected);
        back.put("new", "x");
        assertThat(Params.of(tree).has("new")).isFalse();
    }

    @Test
    void namesOnlyInToString() {
        assertThat(Params.of(map("secret", "s3cr3t")).toString()).doesNotContain("s3cr3t");
    }

    @Test
    void otherValueTypesAreRefusedWhenBuilding() {
        assertThatThrownBy(() -> Params.of(map("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagerDefaultsAndBounds() {
        assertThat(Pager.of(Params.empty())).isEqualTo(new Pager(30, 1));
        Pager p = Pager.of(Params.of(map("pager", map("pageSize", "10", "pageIndex", 3))));
        assertThat(p.pageSize()).isEqualTo(10);
        assertThat(p.offset()).isEqualTo(20);
        assertThat(new Pager(0, 0)).isEqualTo(new Pager(30, 1));
        assertThat(new Pager(1000, 1).pageSize()).isEqualTo(500);
    }
}
