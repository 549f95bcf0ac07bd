package org.syndicast.distribution.api.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * The server's one JSON reader and writer (Jackson's streaming core underneath).
 * <p>
 * Writing: maps (in their iteration order), collections, {@link Optional}s, strings, numbers, booleans and null.
 * The output is valid JSON for any input text and safe inside an HTML script element: {@code <}, U+2028, U+2029, DEL, control characters and every UTF-16 surrogate are written as {@code \}{@code uXXXX}
 * escapes (so a lone surrogate is still valid JSON).
 * <p>
 * Reading: one JSON object into ordered maps, lists, strings, numbers as the text they were written in,
 * booleans and null. Lenient in one way clients need: a trailing comma before {@code }} or {@code ]} is
 * accepted (EnterMediaDB's own examples have one). Nesting is limited to {@value #MAX_DEPTH} levels; a duplicate
 * member keeps its last value. Anything else that is not JSON is a 400 {@code MALFORMED_JSON}.
 */
public final class Json {
    /** Deepest nesting {@link #object} accepts. */
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .characterEscapes(new ScriptSafeEscapes())
            .build();

    private Json() {
    }

    /** {@code value} as a JSON text. */
    public static String write(Object value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return out.toString();
    }

    /** {@code s} as a JSON string literal, quotes included; {@code null} as {@code null}. */
    public static String quote(String s) {
        return write(s);
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Optional<?> o) {
            value(g, o.orElse(null));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else {
            g.writeString(value.toString());
        }
    }

    /**
     * The object in {@code text}; a document that is not an object is refused.
     *
     * @throws InvalidInputException 400 {@code MALFORMED_JSON} for anything that is not one JSON object
     */
    public static Map<String, Object> object(String text) {
        try (JsonParser p = FACTORY.createParser(text == null ? "" : text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(p, "a JSON object was expected");
            }
            Map<String, Object> out = object(p, 1);
            if (p.nextToken() != null) {
                throw malformed(p, "unexpected text after the object");
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("MALFORMED_JSON", "Not a valid JSON body at character "
                    + (e.getLocation() == null ? 0 : e.getLocation().getCharOffset()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a String does not fail
        }
    }

    private static Map<String, Object> object(JsonParser p, int depth) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.getCurrentName();
            p.nextToken();
            out.put(name, value(p, depth));
        }
        return out;
    }

    private static List<Object> array(JsonParser p, int depth) throws IOException {
        List<Object> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(value(p, depth));
        }
        return out;
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw malformed(p, "nested too deeply");
        }
        return switch (t) {
            case START_OBJECT -> object(p, depth + 1);
            case START_ARRAY -> array(p, depth + 1);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw malformed(p, "a value was expected");
        };
    }

    private static InvalidInputException malformed(JsonParser p, String what) {
        return new InvalidInputException("MALFORMED_JSON", "Not a valid JSON body at character "
                + p.currentLocation().getCharOffset() + ": " + what);
    }
}
