package org.syndicast.kaltura.rest.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.syndicast.kaltura.api.KalturaException;

/**
 * Where a path below {@code /api_v3} sends a call: {@code service/S/action/A}, {@code service/multirequest},
 * {@code service/S} (action from the parameters), or nothing at all and {@code index.php} (both from the
 * parameters), an {@code index.php} segment allowed in front of the others. Empty segments (repeated slashes)
 * are skipped; {@code service} and {@code action} are matched in any case.
 *
 * @param service the service, or null when the parameters name it
 * @param action  the action, or null when the parameters name it
 */
record Route(String service, String action) {
    static final String MULTIREQUEST = "multirequest";

    static Route of(String path) {
        List<String> s = new ArrayList<>();
        for (String segment : (path == null ? "" : path).split("/")) {
            if (!segment.isEmpty()) {
                s.add(segment);
            }
        }
        if (!s.isEmpty() && s.get(0).equalsIgnoreCase("index.php")) {
            s.remove(0);
        }
        if (s.isEmpty()) {
            return new Route(null, null);
        }
        if (is(s, 0, "service") && s.size() == 2) {
            return new Route(s.get(1), null);
        }
        if (is(s, 0, "service") && is(s, 2, "action") && s.size() == 4) {
            return new Route(s.get(1), s.get(3));
        }
        throw KalturaException.serviceDoesNotExist(String.join("/", s));
    }

    private static boolean is(List<String> s, int i, String word) {
        return s.size() > i && s.get(i).equalsIgnoreCase(word);
    }

    /** Whether the call is a multirequest, by its path or (without one) its {@code service} parameter. */
    static boolean multirequest(String service) {
        return service != null && service.trim().toLowerCase(Locale.ROOT).equals(MULTIREQUEST);
    }
}
