package org.syndicast.kaltura.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kaltura API error: the client gets it in Kaltura's error envelope with HTTP 200 ({@code <error>} with
 * {@code code}, {@code message} and {@code args} in XML; the bare error object in JSON). Nothing the call
 * would have changed may have changed. Messages are for people and never hold a secret.
 */
public final class KalturaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int MAX_ECHO = 100;

    public static final String MISSING_KS = "MISSING_KS";
    public static final String INVALID_KS = "INVALID_KS";
    public static final String SERVICE_FORBIDDEN = "SERVICE_FORBIDDEN";
    public static final String SERVICE_DOES_NOT_EXISTS = "SERVICE_DOES_NOT_EXISTS";
    public static final String ACTION_DOES_NOT_EXISTS = "ACTION_DOES_NOT_EXISTS";
    public static final String MISSING_MANDATORY_PARAMETER = "MISSING_MANDATORY_PARAMETER";
    public static final String INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE";
    public static final String OBJECT_TYPE_ABSTRACT = "OBJECT_TYPE_ABSTRACT";
    public static final String INVALID_OBJECT_TYPE = "INVALID_OBJECT_TYPE";
    public static final String PROPERTY_VALIDATION_WRONG_FORMAT = "PROPERTY_VALIDATION_WRONG_FORMAT";
    public static final String PROPERTY_VALIDATION_NOT_UPDATABLE = "PROPERTY_VALIDATION_NOT_UPDATABLE";
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private final String code;
    private final Map<String, String> args;

    /** An error without arguments. */
    public KalturaException(String code, String message) {
        this(code, message, Map.of());
    }

    /**
     * An error.
     *
     * @param code    a stable UPPER_SNAKE code
     * @param message for people, non-empty (the clients see no error without one)
     * @param args    named arguments in their order ({@code ID} → {@code 401}); written as
     *                {@code KalturaApiExceptionArg} items
     */
    public KalturaException(String code, String message, Map<String, String> args) {
        super(message);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an UPPER_SNAKE code: " + code);
        }
        if (message == null || message.isEmpty()) {
            throw new IllegalArgumentException("an API error needs a message");
        }
        this.code = code;
        Map<String, String> copy = new LinkedHashMap<>();
        args.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        this.args = Collections.unmodifiableMap(copy);
    }

    /** The code, e.g. {@code ENTRY_DISTRIBUTION_NOT_FOUND}. */
    public String code() {
        return code;
    }

    /** The named arguments, in order. */
    public Map<String, String> args() {
        return args;
    }

    /** {@code MISSING_KS}: the call needs a KS and has none. */
    public static KalturaException missingKs() {
        return new KalturaException(MISSING_KS, "Missing KS, session not established");
    }

    /** {@code INVALID_KS}, with why in words that never repeat the KS. */
    public static KalturaException invalidKs(String reason) {
        return new KalturaException(INVALID_KS, "Invalid KS: " + reason);
    }

    /** {@code SERVICE_DOES_NOT_EXISTS}. */
    public static KalturaException serviceDoesNotExist(String service) {
        return new KalturaException(SERVICE_DOES_NOT_EXISTS, "Service \"" + echo(service) + "\" does not exist",
                args("SERVICE", echo(service)));
    }

    /** {@code ACTION_DOES_NOT_EXISTS}. */
    public static KalturaException actionDoesNotExist(String service, String action) {
        return new KalturaException(ACTION_DOES_NOT_EXISTS, "Action \"" + echo(action) + "\" does not exist for service \""
                + echo(service) + "\"", args("ACTION", echo(action), "SERVICE", echo(service)));
    }

    /** {@code MISSING_MANDATORY_PARAMETER} for the parameter or file {@code name} (a path, e.g. {@code distributionProfile:name}). */
    public static KalturaException missingParameter(String name) {
        return new KalturaException(MISSING_MANDATORY_PARAMETER, "Missing parameter \"" + echo(name) + "\"",
                args("PARAM_NAME", echo(name)));
    }

    /** {@code INVALID_ENUM_VALUE}: {@code value} of {@code name} is none of {@code allowed}. */
    public static KalturaException invalidEnum(String name, String value, Collection<?> allowed) {
        StringBuilder list = new StringBuilder();
        for (Object a : allowed) {
            list.append(list.length() == 0 ? "" : ", ").append(a);
        }
        return new KalturaException(INVALID_ENUM_VALUE, "Invalid enumeration value [" + echo(value) + "] for parameter ["
                + echo(name) + "], expected one of [" + list + "]",
                args("PARAM_VALUE", echo(value), "PARAM_NAME", echo(name), "ENUM", list.toString()));
    }

    /** {@code PROPERTY_VALIDATION_WRONG_FORMAT}: {@code name} is not {@code expected} (the value is not repeated: it may be a secret). */
    public static KalturaException wrongFormat(String name, String expected) {
        return new KalturaException(PROPERTY_VALIDATION_WRONG_FORMAT, "Wrong format for parameter \"" + echo(name)
                + "\": " + expected + " expected", args("PROP_NAME", echo(name)));
    }

    /** {@code OBJECT_TYPE_ABSTRACT}: {@code name} is declared as the abstract {@code type} and names no subclass. */
    public static KalturaException objectTypeAbstract(String name, String type) {
        return new KalturaException(OBJECT_TYPE_ABSTRACT, "Abstract type \"" + type + "\" of parameter \"" + echo(name)
                + "\" needs an objectType naming a subclass", args("OBJECT_TYPE", type));
    }

    /** {@code PROPERTY_VALIDATION_NOT_UPDATABLE}: the insert-only {@code name} was changed on update. */
    public static KalturaException notUpdatable(String name) {
        return new KalturaException(PROPERTY_VALIDATION_NOT_UPDATABLE, "Property \"" + echo(name) + "\" cannot be updated",
                args("PROP_NAME", echo(name)));
    }

    /** Arguments from name, value pairs. */
    private static Map<String, String> args(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Client text shown back: never longer than {@value #MAX_ECHO} characters. */
    private static String echo(String s) {
        String t = s == null ? "" : s;
        return t.length() <= MAX_ECHO ? t : t.substring(0, MAX_ECHO) + "…";
    }
}
