package org.syndicast.kaltura.distribution.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a profile as a request gave them: a scalar as its text ({@code "2"}, {@code "true"}), a thumb
 * dimensions array as a {@code List<ThumbDimensions>}, an action ({@code submitAction}) as a nested change, an
 * asset distribution rules array as the text the adapter encoded it to. A field absent is "not given"; a field
 * given {@link #NULL} ({@code name__null}) is set to null. Field names are Kaltura's, {@code objectType} included.
 */
public final class ProfileChange {
    /** The value of a field explicitly set to null. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Sets a field; {@code value} is a String, a {@code List<ThumbDimensions>}, a ProfileChange or {@link #NULL}. */
    public ProfileChange set(String field, Object value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof String || value instanceof List || value instanceof ProfileChange || value == NULL)) {
            throw new IllegalArgumentException("A profile field is text, a list, a nested change or NULL: " + field);
        }
        fields.put(field, value);
        return this;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The value given, or null when the field was not given. */
    public Object get(String field) {
        return fields.get(field);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** The names only: a change may hold a password, so its values are never printed. */
    @Override
    public String toString() {
        return "ProfileChange" + fields.keySet();
    }
}
