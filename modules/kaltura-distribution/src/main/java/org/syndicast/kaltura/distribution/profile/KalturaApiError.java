package org.syndicast.kaltura.distribution.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Kaltura API error: a stable code ({@code DISTRIBUTION_PROFILE_NOT_FOUND}, {@code PROPERTY_VALIDATION_...}),
 * a message for people that never holds a secret, and the named arguments Kaltura answers with it. The
 * {@code /api_v3} adapters answer it in Kaltura's envelope with HTTP 200. Nothing has changed when it is thrown.
 */
public final class KalturaApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final Map<String, String> args;

    public KalturaApiError(String code, String message, Map<String, String> args) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.args = Map.copyOf(new LinkedHashMap<>(args));
    }

    public String code() {
        return code;
    }

    /** Kaltura's named arguments, e.g. {@code ID=301}. */
    public Map<String, String> args() {
        return args;
    }

    /** {@code DISTRIBUTION_PROFILE_NOT_FOUND}: Kaltura's message, {@code Distribution profile [id] not found}. */
    public static KalturaApiError profileNotFound(Object id) {
        return new KalturaApiError("DISTRIBUTION_PROFILE_NOT_FOUND", "Distribution profile [" + id + "] not found",
                Map.of("ID", String.valueOf(id)));
    }

    /** {@code DISTRIBUTION_PROVIDER_NOT_FOUND}. */
    public static KalturaApiError providerNotFound(Object type) {
        return new KalturaApiError("DISTRIBUTION_PROVIDER_NOT_FOUND", "Distribution provider [" + type + "] not found",
                Map.of("TYPE", String.valueOf(type)));
    }

    /** {@code PROPERTY_VALIDATION_WRONG_FORMAT}. */
    public static KalturaApiError wrongFormat(String property, String why) {
        return new KalturaApiError("PROPERTY_VALIDATION_WRONG_FORMAT", "Wrong format for property \"" + property
                + "\": " + why, Map.of("PROP_NAME", property));
    }

    /** {@code PROPERTY_VALIDATION_NOT_UPDATABLE}. */
    public static KalturaApiError notUpdatable(String property) {
        return new KalturaApiError("PROPERTY_VALIDATION_NOT_UPDATABLE", "Property \"" + property
                + "\" cannot be updated", Map.of("PROP_NAME", property));
    }

    /** {@code PROPERTY_VALIDATION_CANNOT_BE_NULL}. */
    public static KalturaApiError cannotBeNull(String property) {
        return new KalturaApiError("PROPERTY_VALIDATION_CANNOT_BE_NULL", "The property \"" + property
                + "\" cannot be null", Map.of("PROP_NAME", property));
    }

    /** {@code INVALID_ENUM_VALUE}. */
    public static KalturaApiError invalidEnum(String property, Object value, String enumName) {
        return new KalturaApiError("INVALID_ENUM_VALUE", "Invalid enumeration value [" + value + "] for parameter ["
                + property + "] (enum " + enumName + ")", Map.of("PARAM_NAME", property, "ENUM", enumName));
    }

    /** {@code OBJECT_TYPE_ABSTRACT}. */
    public static KalturaApiError abstractType(String type) {
        return new KalturaApiError("OBJECT_TYPE_ABSTRACT", "The object type \"" + type + "\" is abstract, use one of"
                + " its subclasses", Map.of("OBJECT_TYPE", type));
    }
}
