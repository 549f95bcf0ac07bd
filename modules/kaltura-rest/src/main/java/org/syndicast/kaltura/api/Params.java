package org.syndicast.kaltura.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The parameters of one call, or one object parameter inside them, as a tree: scalars as text (a JSON number
 * or boolean as the text it was written in), objects, arrays and explicit nulls. Bodies in JSON, form and
 * multipart all end up in this one shape, so a value is read by its <em>declared</em> type, whatever the JSON
 * type was: {@code 104} and {@code "104"} are the same int; {@code true}, {@code "True"}, {@code "1"} and
 * {@code 1} the same boolean.
 * <p>
 * A name is <em>given</em> ({@link #has}) when it came with a value or as null: {@code name__null} (any value)
 * and JSON {@code null} make it null ({@link #isNull}); the {@code __null} marker wins over a value sent too.
 * An absent name is "not given": on update it stays unchanged. An array is a JSON array, an object whose keys
 * are indexes ({@code a[0][width]=640}, items in index order), or the empty-array marker {@code {"-":""}}
 * ({@code a[-]=}). Accessors throw {@link KalturaException}s naming the parameter by its path
 * ({@code distributionProfile:submitAction:protocol}). Immutable.
 */
public final class Params {
    private static final Object NULL = new Object();
    private static final String NULL_SUFFIX = "__null";
    private static final String EMPTY_ARRAY = "-";

    private final String path;
    private final Map<String, Object> values;

    private Params(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values;
    }

    /** No parameters. */
    public static Params empty() {
        return new Params("", Map.of());
    }

    /**
     * The parameters in {@code tree}: values are {@link String}s, {@link Number}s and {@link Boolean}s (kept as
     * their text), {@link Map}s (objects), {@link List}s (arrays) and {@code null} (an explicit null).
     */
    public static Params of(Map<String, ?> tree) {
        return of("", tree);
    }

    private static Params of(String path, Map<String, ?> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : tree.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(NULL_SUFFIX) && name.length() > NULL_SUFFIX.length()) {
                out.put(name.substring(0, name.length() - NULL_SUFFIX.length()), NULL);
            } else if (out.get(name) != NULL) {
                out.put(name, node(child(path, name), e.getValue()));
            }
        }
        return new Params(path, Collections.unmodifiableMap(out));
    }

    @SuppressWarnings("unchecked")
    private static Object node(String path, Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Map<?, ?> map) {
            return of(path, (Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(node(child(path, Integer.toString(i)), list.get(i)));
            }
            return Collections.unmodifiableList(items);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("not a parameter value: " + value.getClass().getName());
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + ":" + name;
    }

    /** Where these parameters sit in the call: {@code ""} for the call itself, else e.g. {@code distributionProfile}. */
    public String path() {
        return path;
    }

    /** The names given (with a value or as null), in the order they came. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Whether {@code name} was given, with a value or as null. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Whether {@code name} was given as null ({@code name__null}, JSON {@code null}). */
    public boolean isNull(String name) {
        return values.get(name) == NULL;
    }

    /** The {@code objectType}, which picks the class of an object parameter. */
    public Optional<String> objectType() {
        return string("objectType").filter(s -> !s.isEmpty());
    }

    /** A text parameter; empty when not given or null. */
    public Optional<String> string(String name) {
        return scalar(name, "text");
    }

    /** A text parameter that must be given. */
    public String requireString(String name) {
        return require(name, string(name));
    }

    /** A 32-bit integer parameter (decimal digits, optional sign). */
    public Optional<Integer> integer(String name) {
        return scalar(name, "an integer").map(text -> parse(name, text, "an integer", s -> Integer.valueOf(s.trim())));
    }

    /** A 32-bit integer parameter that must be given. */
    public int requireInt(String name) {
        return require(name, integer(name));
    }

    /** A 64-bit integer parameter (e.g. a time in unix seconds). */
    public Optional<Long> longValue(String name) {
        return scalar(name, "an integer").map(text -> parse(name, text, "an integer", s -> Long.valueOf(s.trim())));
    }

    /** A boolean parameter: {@code true}/{@code 1} or {@code false}/{@code 0}, in any case. */
    public Optional<Boolean> bool(String name) {
        return scalar(name, "a boolean").map(text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw KalturaException.wrongFormat(child(path, name), "a boolean (true, false, 1, 0)");
        });
    }

    /**
     * An int enum parameter.
     *
     * @throws KalturaException {@code INVALID_ENUM_VALUE} for an int not in {@code allowed},
     *                          {@code PROPERTY_VALIDATION_WRONG_FORMAT} for text that is no int
     */
    public Optional<Integer> intEnum(String name, Set<Integer> allowed) {
        Optional<Integer> v = integer(name);
        if (v.isPresent() && !allowed.contains(v.get())) {
            throw KalturaException.invalidEnum(child(path, name), v.get().toString(), new java.util.TreeSet<>(allowed));
        }
        return v;
    }

    /** A string enum parameter (e.g. {@code providerType}); {@code INVALID_ENUM_VALUE} for text not in {@code allowed}. */
    public Optional<String> stringEnum(String name, Set<String> allowed) {
        Optional<String> v = string(name);
        if (v.isPresent() && !allowed.contains(v.get())) {
            throw KalturaException.invalidEnum(child(path, name), v.get(), new java.util.TreeSet<>(allowed));
        }
        return v;
    }

    /** An object parameter; empty when not given or null. */
    public Optional<Params> object(String name) {
        Object v = values.get(name);
        if (v == null || v == NULL) {
            return Optional.empty();
        }
        if (v instanceof Params p) {
            return Optional.of(p);
        }
        throw KalturaException.wrongFormat(child(path, name), "an object");
    }

    /** An object parameter that must be given. */
    public Params requireObject(String name) {
        return require(name, object(name));
    }

    /**
     * An array of objects: a JSON array, an object keyed by indexes (in index order), or the empty-array marker.
     *
     * @return empty when not given or null; an empty list for an empty array
     */
    public Optional<List<Params>> objects(String name) {
        Object v = values.get(name);
        if (v == null || v == NULL) {
            return Optional.empty();
        }
        List<Object> items = items(name, v);
        List<Params> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Params p)) {
                throw KalturaException.wrongFormat(child(path, name), "an array of objects");
            }
            out.add(p);
        }
        return Optional.of(Collections.unmodifiableList(out));
    }

    private List<Object> items(String name, Object v) {
        if (v instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (v instanceof Params p) {
            if (p.values.size() == 1 && p.values.containsKey(EMPTY_ARRAY)) {
                return List.of();
            }
            TreeMap<Integer, Object> byIndex = new TreeMap<>();
            for (Map.Entry<String, Object> e : p.values.entrySet()) {
                if (!e.getKey().matches("\\d{1,9}")) {
                    throw KalturaException.wrongFormat(child(path, name), "an array");
                }
                byIndex.put(Integer.valueOf(e.getKey()), e.getValue());
            }
            return new ArrayList<>(byIndex.values());
        }
        if ("".equals(v)) {
            return List.of(); // a form's "a=" with nothing in it
        }
        throw KalturaException.wrongFormat(child(path, name), "an array");
    }

    private Optional<String> scalar(String name, String expected) {
        Object v = values.get(name);
        if (v == null || v == NULL) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw KalturaException.wrongFormat(child(path, name), expected);
    }

    private <T> T parse(String name, String text, String expected, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw KalturaException.wrongFormat(child(path, name), expected);
        }
    }

    private <T> T require(String name, Optional<T> value) {
        return value.orElseThrow(() -> KalturaException.missingParameter(child(path, name)));
    }

    /**
     * The parameters as the tree {@link #of} takes: text as {@link String}s, objects as ordered {@link Map}s, arrays
     * as {@link List}s, nulls as {@code null}; a fresh, mutable copy. For a value a service keeps as it came (an
     * object of a class it does not interpret) and gives back later.
     */
    public Map<String, Object> toTree() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Object v) {
        if (v == NULL) {
            return null;
        }
        if (v instanceof Params p) {
            return p.toTree();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(i -> out.add(plain(i)));
            return out;
        }
        return v;
    }

    @Override
    public String toString() {
        return "Params" + (path.isEmpty() ? "" : "(" + path + ")") + values.keySet();
    }
}
