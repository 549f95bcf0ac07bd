package org.syndicast.asset.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.InvalidInputException;

class JsonReaderTest {

    @Test
    void readsEnterMediaDbBodiesTrailingCommaIncluded() {
        assertThat(JsonReader.object("{\n\"assetid\": \"101\",\n}")).containsEntry("assetid", "101");
        assertThat(JsonReader.object("{\"assetid\":101,\"id\":\"93caa502\"}")).containsEntry("assetid", "101")
                .containsEntry("id", "93caa502");
    }

    @Test
    void readsNestedValuesAndEscapes() {
        Map<String, Object> m = JsonReader.object("{\"tags\":[\"a\",\"b\",],\"fields\":{\"k\":\"v\\u00e9\\n\"},\"x\":null,\"y\":true}");
        assertThat(m.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(m.get("fields")).isEqualTo(Map.of("k", "vé\n"));
        assertThat(m).containsEntry("x", null).containsEntry("y", true);
    }

    @Test
    void refusesWhatIsNotAnObject() {
        for (String bad : new String[] { "", "[1]", "{\"a\":}", "{\"a\":1} x", "{\"a\":\"unterminated}", "{a:1}",
                "[".repeat(1) + "{" }) {
            assertThatThrownBy(() -> JsonReader.object(bad)).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.code()).isEqualTo("MALFORMED_JSON"));
        }
        assertThatThrownBy(() -> JsonReader.object("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void writerEscapesForScriptsAndRoundTrips() {
        String json = JsonWriter.write(Map.of("k", "</script>\u2028\"\\"));
        assertThat(json).doesNotContain("</").doesNotContain("\u2028");
        assertThat(JsonReader.object(json)).containsEntry("k", "</script>\u2028\"\\");
    }
}
