package org.syndicast.kaltura.distribution.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kaltura {@code flavorParamsId}s and the Syndicast flavors they stand for. Configured as keys
 * {@code params.{id} = {flavor}[,{flavor}...]}, e.g. {@code params.0 = presenter/source,presentation/source}; a
 * flavor's type or subtype may be {@code *} ({@code *}{@code /source}). A track maps to the lowest id one of whose
 * flavors it matches; 0 is the source.
 */
public final class FlavorParamsTable {
    /** The flavor params id of an entry's source. */
    public static final int SOURCE = 0;
    /** The configuration key prefix. */
    public static final String PREFIX = "params.";
    /** What the table holds when nothing is configured: any source track is the source. */
    public static final FlavorParamsTable DEFAULT = new FlavorParamsTable(new TreeMap<>(Map.of(SOURCE,
            List.of("*/source"))));

    private static final Pattern FLAVOR = Pattern.compile("(\\*|[A-Za-z0-9._+-]+)/(\\*|[A-Za-z0-9._+-]+)");

    private final SortedMap<Integer, List<String>> flavors;

    private FlavorParamsTable(SortedMap<Integer, List<String>> flavors) {
        this.flavors = Collections.unmodifiableSortedMap(flavors);
    }

    /**
     * The table of a configuration: every {@code params.{id}} key; other keys are ignored. No such key gives
     * {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException for an id that is not a non-negative int or a flavor that is not
     *                                  {@code type/subtype}
     */
    public static FlavorParamsTable of(Map<String, ?> configuration) {
        SortedMap<Integer, List<String>> table = new TreeMap<>();
        for (Map.Entry<String, ?> e : configuration.entrySet()) {
            if (!e.getKey().startsWith(PREFIX) || e.getValue() == null) {
                continue;
            }
            String idText = e.getKey().substring(PREFIX.length());
            int id;
            try {
                id = Integer.parseInt(idText);
            } catch (NumberFormatException notInt) {
                throw new IllegalArgumentException("Flavor params key '" + e.getKey() + "' needs an int id");
            }
            if (id < 0) {
                throw new IllegalArgumentException("Flavor params id " + id + " is negative");
            }
            List<String> list = new ArrayList<>();
            for (String f : e.getValue().toString().split(",")) {
                String flavor = f.trim().toLowerCase(Locale.ROOT);
                if (flavor.isEmpty()) {
                    continue;
                }
                if (!FLAVOR.matcher(flavor).matches()) {
                    throw new IllegalArgumentException("Flavor params " + id + ": '" + flavor + "' is not type/subtype");
                }
                list.add(flavor);
            }
            if (!list.isEmpty()) {
                table.put(id, List.copyOf(list));
            }
        }
        return table.isEmpty() ? DEFAULT : new FlavorParamsTable(table);
    }

    /** The configured ids, ascending. */
    public List<Integer> ids() {
        return List.copyOf(flavors.keySet());
    }

    /** The flavors (patterns) of an id; empty for an id not configured. */
    public List<String> flavors(int flavorParamsId) {
        return flavors.getOrDefault(flavorParamsId, List.of());
    }

    /** The lowest id one of whose flavors {@code flavor} matches; empty for none (or a null flavor). */
    public Optional<Integer> paramsIdOf(String flavor) {
        if (flavor == null) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, List<String>> e : flavors.entrySet()) {
            if (e.getValue().stream().anyMatch(p -> matches(p, flavor))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code flavor} matches the pattern {@code pattern} ({@code type/subtype}, either may be {@code *}). */
    static boolean matches(String pattern, String flavor) {
        String f = flavor.toLowerCase(Locale.ROOT);
        int slash = f.indexOf('/');
        int pslash = pattern.indexOf('/');
        if (slash <= 0 || pslash <= 0) {
            return false;
        }
        String type = pattern.substring(0, pslash);
        String subtype = pattern.substring(pslash + 1);
        return ("*".equals(type) || type.equals(f.substring(0, slash)))
                && ("*".equals(subtype) || subtype.equals(f.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return flavors.toString();
    }
}
