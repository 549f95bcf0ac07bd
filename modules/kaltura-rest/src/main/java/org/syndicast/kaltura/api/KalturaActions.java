package org.syndicast.kaltura.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A service's actions by name, matched case-insensitively: the usual body of {@link KalturaService#call}.
 *
 * <pre>{@code
 * private final KalturaActions actions = KalturaActions.of("session", Map.of("start", this::start, "end", this::end));
 * public Object call(String action, KalturaCall call) { return actions.call(action, call); }
 * }</pre>
 */
public final class KalturaActions {
    private final String service;
    private final Map<String, Function<KalturaCall, Object>> actions = new TreeMap<>();

    private KalturaActions(String service, Map<String, ? extends Function<KalturaCall, Object>> actions) {
        this.service = service;
        actions.forEach((name, action) -> {
            if (this.actions.put(name.toLowerCase(Locale.ROOT), action) != null) {
                throw new IllegalArgumentException("action named twice: " + name);
            }
        });
    }

    /** The actions of {@code service}, by name (any case). */
    public static KalturaActions of(String service, Map<String, ? extends Function<KalturaCall, Object>> actions) {
        return new KalturaActions(service, actions);
    }

    /**
     * Runs the action named {@code action} in any case.
     *
     * @throws KalturaException {@code ACTION_DOES_NOT_EXISTS} for a name none has
     */
    public Object call(String action, KalturaCall call) {
        Function<KalturaCall, Object> a = action == null ? null : actions.get(action.toLowerCase(Locale.ROOT));
        if (a == null) {
            throw KalturaException.actionDoesNotExist(service, action);
        }
        return a.apply(call);
    }
}
