package org.syndicast.kaltura.distribution.profile;

import java.util.Map;

import org.syndicast.kaltura.api.KalturaException;

/**
 * The Kaltura API errors of profiles and providers, as the wire's {@link KalturaException}s: a stable code
 * ({@code DISTRIBUTION_PROFILE_NOT_FOUND}, {@code PROPERTY_VALIDATION_...}), a message for people that never holds
 * a secret (nor a value a client sent, which may be one), and the named arguments Kaltura answers with it.
 * Nothing has changed when one is thrown.
 */
public final class DistributionErrors {

    private DistributionErrors() {
    }

    private static KalturaException error(String code, String message, Map<String, String> args) {
        return new KalturaException(code, message, args);
    }

    /** {@code DISTRIBUTION_PROFILE_NOT_FOUND}: Kaltura's message, {@code Distribution profile [id] not found}. */
    public static KalturaException profileNotFound(Object id) {
        return error("DISTRIBUTION_PROFILE_NOT_FOUND", "Distribution profile [" + id + "] not found",
                Map.of("ID", String.valueOf(id)));
    }

    /** {@code DISTRIBUTION_PROVIDER_NOT_FOUND}. */
    public static KalturaException providerNotFound(Object type) {
        return error("DISTRIBUTION_PROVIDER_NOT_FOUND", "Distribution provider [" + type + "] not found",
                Map.of("TYPE", String.valueOf(type)));
    }

    /** {@code PROPERTY_VALIDATION_WRONG_FORMAT}. */
    public static KalturaException wrongFormat(String property, String why) {
        return error("PROPERTY_VALIDATION_WRONG_FORMAT", "Wrong format for property \"" + property
                + "\": " + why, Map.of("PROP_NAME", property));
    }

    /** {@code PROPERTY_VALIDATION_NOT_UPDATABLE}. */
    public static KalturaException notUpdatable(String property) {
        return error("PROPERTY_VALIDATION_NOT_UPDATABLE", "Property \"" + property
                + "\" cannot be updated", Map.of("PROP_NAME", property));
    }

    /** {@code PROPERTY_VALIDATION_CANNOT_BE_NULL}. */
    public static KalturaException cannotBeNull(String property) {
        return error("PROPERTY_VALIDATION_CANNOT_BE_NULL", "The property \"" + property
                + "\" cannot be null", Map.of("PROP_NAME", property));
    }

    /** {@code INVALID_ENUM_VALUE}. */
    public static KalturaException invalidEnum(String property, Object value, String enumName) {
        String shown = String.valueOf(value);
        shown = shown.length() <= 20 ? shown : shown.substring(0, 20) + "…";
        return error("INVALID_ENUM_VALUE", "Invalid enumeration value [" + shown + "] for parameter ["
                + property + "] (enum " + enumName + ")", Map.of("PARAM_NAME", property, "ENUM", enumName));
    }

    /** {@code OBJECT_TYPE_ABSTRACT}. */
    public static KalturaException abstractType(String type) {
        return error("OBJECT_TYPE_ABSTRACT", "The object type \"" + type + "\" is abstract, use one of"
                + " its subclasses", Map.of("OBJECT_TYPE", type));
    }
}
