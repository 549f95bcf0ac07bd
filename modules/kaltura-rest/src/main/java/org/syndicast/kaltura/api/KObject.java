package org.syndicast.kaltura.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object to answer: its {@code objectType} (written first, always) and its fields in the order they were
 * put (base class first, as the clients expect). Null values are left out. Values are {@link String}s,
 * {@link Integer}s, {@link Long}s (times), {@link Boolean}s (written {@code 1}/{@code 0} in XML,
 * {@code true}/{@code false} in JSON), nested {@code KObject}s and {@link List}s of {@code KObject}s (an empty
 * list is an empty array, {@code <name></name>}). Int enums are Integers, string enums (e.g.
 * {@code providerType}) Strings. Immutable; built with {@link #builder}.
 */
public final class KObject {
    private final String objectType;
    private final Map<String, Object> fields;

    private KObject(String objectType, Map<String, Object> fields) {
        this.objectType = objectType;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** A builder for an object of class {@code objectType}, e.g. {@code KalturaGenericDistributionProvider}. */
    public static Builder builder(String objectType) {
        return new Builder(objectType);
    }

    /** The class name, written as the first field. */
    public String objectType() {
        return objectType;
    }

    /** The fields besides {@code objectType}, in order. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** One field's value. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KObject k && k.objectType.equals(objectType) && k.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectType, fields);
    }

    @Override
    public String toString() {
        return objectType + fields.keySet();
    }

    /** Collects fields in order; {@link #put} of a null value leaves the field out. */
    public static final class Builder {
        private final String objectType;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder(String objectType) {
            if (objectType == null || !objectType.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a class name: " + objectType);
            }
            this.objectType = objectType;
        }

        /**
         * Sets a field (again: the value is replaced, the position kept).
         *
         * @throws IllegalArgumentException for a name that is no XML element name, {@code objectType}, or a
         *                                  value of another type than those the class comment lists
         */
        public Builder put(String name, Object value) {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.equals("objectType")) {
                throw new IllegalArgumentException("not a field name: " + name);
            }
            if (value == null) {
                fields.remove(name);
                return this;
            }
            fields.put(name, checked(name, value));
            return this;
        }

        /** The object. */
        public KObject build() {
            return new KObject(objectType, new LinkedHashMap<>(fields));
        }

        private static Object checked(String name, Object value) {
            if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
                    || value instanceof KObject) {
                return value;
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (!(item instanceof KObject)) {
                        throw new IllegalArgumentException("array " + name + " holds a " + item);
                    }
                }
                return List.copyOf(list);
            }
            throw new IllegalArgumentException("field " + name + " has a value of type " + value.getClass().getName());
        }
    }
}
