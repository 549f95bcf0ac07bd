package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementIdsTest {

    @Test
    void readsAJsonArray() {
        assertThat(ElementIds.parse("[\"track-1\",\"catalog-1\"]")).containsExactly("track-1", "catalog-1");
    }

    @Test
    void acceptsSingleQuotes() {
        assertThat(ElementIds.parse("['track-1']")).containsExactly("track-1");
        assertThat(ElementIds.parse("['a', \"b\"]")).containsExactly("a", "b");
    }

    @Test
    void allowsWhitespaceAround() {
        assertThat(ElementIds.parse("  [ \"a\" ,\n\t'b' ]\r\n")).containsExactly("a", "b");
    }

    @Test
    void aBareIdIsAOneElementList() {
        assertThat(ElementIds.parse("track-1")).containsExactly("track-1");
        assertThat(ElementIds.parse("  track-1 ")).containsExactly("track-1");
        assertThat(ElementIds.parse("\"track-1\"")).containsExactly("track-1");
    }

    @Test
    void removesDuplicatesKeepingTheFirstPlace() {
        assertThat(ElementIds.parse("[\"b\",\"a\",\"b\",'a',\"c\"]")).containsExactly("b", "a", "c");
    }

    @Test
    void decodesEscapes() {
        assertThat(ElementIds.parse("[\"a\\\"b\",\"c\\\\d\",\"\\u0041x\",\"e\\/f\",\"it\\'s\",\"t\\tn\"]"))
                .containsExactly("a\"b", "c\\d", "Ax", "e/f", "it's", "t\tn");
        assertThat(ElementIds.parse("['it\\'s', 'say \"hi\"']")).containsExactly("it's", "say \"hi\"");
    }

    @Test
    void acceptsAThousandIdsButNoMore() {
        String thousand = ids(ElementIds.MAX_IDS);

        assertThat(ElementIds.parse(thousand)).hasSize(ElementIds.MAX_IDS);
        assertThat(catchThrowableOfType(() -> ElementIds.parse(ids(ElementIds.MAX_IDS + 1)), InvalidInputException.class)
                .getMessage()).isEqualTo("elementId holds more than 1000 ids");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                  | missing
            `   `               | missing
            []                  | empty array
            [ ]                 | empty array
            [1]                 | item 1 is not a string
            ["a", null]         | item 2 is not a string
            [["a"]]             | item 1 is not a string
            ["a",]              | item 2 is not a string
            ["a"                | expected ',' or ']' after item 1, but it ends
            ["a                 | item 1 is an unterminated string
            ['a"]               | item 1 is an unterminated string
            ["a" "b"]           | expected ',' or ']' after item 1
            ["a"] x             | text after its end
            {"a":1}             | neither a JSON array
            a b                 | neither a JSON array
            a,b                 | neither a JSON array
            track-1]            | neither a JSON array
            [""]                | item 1 is empty
            ["  "]              | item 1 is empty
            ["a\\x"]            | unknown escape
            ["\\u12"]           | \\u escape without four hex digits
            ["\\u12G4"]         | \\u escape without four hex digits
            ["\\u+123"]         | \\u escape without four hex digits
            ["a\\                | unterminated string
            """)
    void refusesWhatIsNotAnArrayOfIds(String raw, String reason) {
        InvalidInputException e = catchThrowableOfType(() -> ElementIds.parse(raw), InvalidInputException.class);

        assertThat(e).as(raw).isNotNull();
        assertThat(e.code()).isEqualTo("INVALID_ELEMENT_ID");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains(reason);
    }

    @Test
    void refusesNullAndRawControlCharacters() {
        assertThat(catchThrowableOfType(() -> ElementIds.parse(null), InvalidInputException.class).code())
                .isEqualTo("INVALID_ELEMENT_ID");
        assertThat(catchThrowableOfType(() -> ElementIds.parse("[\"a\nb\"]"), InvalidInputException.class).getMessage())
                .contains("control character");
    }

    @Test
    void toJsonWritesWhatParseReads() {
        List<String> ids = List.of("track-1", "q\"uote", "back\\slash", "tab\t", "line\u2028sep", "ü-é", "\u0001");

        String json = ElementIds.toJson(ids);

        assertThat(ElementIds.toJson(List.of("track-1", "catalog-1"))).isEqualTo("[\"track-1\",\"catalog-1\"]");
        assertThat(json).doesNotContain("\t", "\u2028", "\u0001");
        assertThat(ElementIds.parse(json)).containsExactlyElementsOf(ids);
    }

    private static String ids(int n) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> ids.add("\"e" + i + "\""));
        return ids.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
