package org.syndicast.kaltura.distribution.impl.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syndicast.distribution.api.json.Json;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.Params;

/**
 * Objects kept as they arrived (asset distribution rules: "store what arrives"): a {@link Params} array as JSON
 * text, and back as {@link KObject}s. Scalars stay text; nulls are dropped; an item without {@code objectType} is
 * a {@code KalturaAssetDistributionRule}, a nested one a {@code KalturaAssetDistributionPropertyCondition}.
 */
final class Trees {
    private static final int MAX_DEPTH = 6;

    private Trees() {
    }

    /** The array {@code name} of {@code p} as JSON text; null for an explicit null. */
    static String json(Params p, String name) {
        if (p.isNull(name)) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (Params item : p.objects(name).orElse(List.of())) {
            items.add(tree(item, 1));
        }
        return Json.write(Map.of("items", items));
    }

    private static Map<String, Object> tree(Params p, int depth) {
        if (depth > MAX_DEPTH) {
            throw KalturaException.wrongFormat(p.path(), "objects nested at most " + MAX_DEPTH + " deep");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : p.names()) {
            if (p.isNull(name)) {
                continue;
            }
            try {
                out.put(name, p.string(name).orElse(""));
                continue;
            } catch (KalturaException notText) {
                // an object or an array
            }
            try {
                List<Object> items = new ArrayList<>();
                for (Params item : p.objects(name).orElse(List.of())) {
                    items.add(tree(item, depth + 1));
                }
                out.put(name, items);
            } catch (KalturaException notArray) {
                out.put(name, tree(p.requireObject(name), depth + 1));
            }
        }
        return out;
    }

    /** The stored JSON text as objects; empty for none. */
    @SuppressWarnings("unchecked")
    static List<KObject> objects(String json, String defaultType) {
        List<KObject> out = new ArrayList<>();
        if (json == null || json.isEmpty()) {
            return out;
        }
        for (Object item : (List<Object>) Json.object(json).getOrDefault("items", List.of())) {
            out.add(object((Map<String, Object>) item, defaultType));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static KObject object(Map<String, Object> tree, String defaultType) {
        Object type = tree.get("objectType");
        KObject.Builder b = KObject.builder(type instanceof String t && t.matches("[A-Za-z][A-Za-z0-9_]*") ? t
                : defaultType);
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (e.getKey().equals("objectType") || !e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                continue;
            }
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                List<KObject> items = new ArrayList<>();
                for (Object o : list) {
                    items.add(object((Map<String, Object>) o, "KalturaAssetDistributionPropertyCondition"));
                }
                b.put(e.getKey(), items);
            } else if (v instanceof Map<?, ?> m) {
                b.put(e.getKey(), object((Map<String, Object>) m, "KalturaObject"));
            } else if (v != null) {
                b.put(e.getKey(), v.toString());
            }
        }
        return b.build();
    }
}
