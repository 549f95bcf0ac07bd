package org.syndicast.distribution.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;

class JsonTest {

    @Test
    void writesMembersInTheirOrderCompactly() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of("x", true, 2.5));
        m.put("n", null);
        m.put("o", Optional.of(7L));

        assertThat(Json.write(m)).isEqualTo("{\"z\":1,\"a\":[\"x\",true,2.5],\"n\":null,\"o\":7}");
    }

    @Test
    void escapesForScriptsAndRoundTripsAnyText() {
        String nasty = "</script>&'\"\\/ \b\f\n\r\t \u0000\u001F\u007F \u2028\u2029 ü \uD83C\uDFA5";

        String json = Json.write(Map.of("k", nasty));

        assertThat(json).doesNotContain("<", "\u2028", "\u2029", "\u0000", "\u007F", "\n", "\uD83C");
        assertThat(json).contains("\\u003c/script>&", "\\n", "\\t", "\\u001f", "\\ud83c\\udfa5", "ü");
        assertThat(Json.object(json)).containsEntry("k", nasty);
    }

    @Test
    void aLoneSurrogateIsEscapedAndNullIsNull() {
        assertThat(Json.quote("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
        assertThat(Json.quote(null)).isEqualTo("null");
    }

    @Test
    void readsEnterMediaDbBodiesTrailingCommaIncluded() {
        assertThat(Json.object("{\n\"assetid\": \"101\",\n}")).containsEntry("assetid", "101");
        assertThat(Json.object("{\"assetid\":101,\"id\":\"93caa502\",\"f\":1.50}")).containsEntry("assetid", "101")
                .containsEntry("id", "93caa502").containsEntry("f", "1.50");
    }

    @Test
    void readsNestedValuesAndEscapes() {
        Map<String, Object> m = Json.object("{\"tags\":[\"a\",\"b\",],\"fields\":{\"k\":\"v\\u00e9\\n\"},\"x\":null,\"y\":true,\"z\":false}");

        assertThat(m.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(m.get("fields")).isEqualTo(Map.of("k", "vé\n"));
        assertThat(m).containsEntry("x", null).containsEntry("y", true).containsEntry("z", false);
        assertThat(m.keySet()).containsExactly("tags", "fields", "x", "y", "z");
    }

    @Test
    void refusesWhatIsNotOneObject() {
        for (String bad : Arrays.asList(null, "", "  ", "[1]", "\"s\"", "{\"a\":}", "{\"a\":1} x", "{\"a\":1}{}",
                "{\"a\":\"unterminated}", "{a:1}", "{'a':1}", "[{", "{\"a\":\"x\ny\"}", "{\"a\":01}", "{\"a\":NaN}")) {
            assertThatThrownBy(() -> Json.object(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("MALFORMED_JSON");
                        assertThat(e.status()).isEqualTo(400);
                    });
        }
    }

    @Test
    void limitsNesting() {
        String ok = "{\"a\":" + "[".repeat(Json.MAX_DEPTH - 1) + "]".repeat(Json.MAX_DEPTH - 1) + "}";
        assertThat(Json.object(ok)).containsKey("a");

        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> Json.object(deep)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("nested too deeply"));
    }
}
