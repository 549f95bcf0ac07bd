package org.syndicast.kaltura.distribution.impl.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.distribution.profile.Pager;
import org.syndicast.kaltura.distribution.profile.ProfileChange;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.kaltura.distribution.profile.ThumbDimensions;

/** A call's {@code distributionProfile}, {@code filter} and {@code pager} as the profile service takes them. */
final class ProfileParams {
    private static final Set<String> ACTIONS = Set.of("submitAction", "updateAction", "deleteAction", "fetchReportAction");
    private static final Set<String> DIMENSIONS = Set.of("optionalThumbDimensions", "requiredThumbDimensions");
    private static final Set<String> RULES = Set.of("optionalAssetDistributionRules", "requiredAssetDistributionRules");
    private static final Set<String> FILTERS = Set.of("KalturaDistributionProfileFilter",
            "KalturaDistributionProfileBaseFilter");

    private ProfileParams() {
    }

    /** The object as a change: scalars as text, actions nested, thumb dimensions, rules as JSON text. */
    static ProfileChange change(Params p) {
        ProfileChange c = new ProfileChange();
        for (String name : p.names()) {
            if (p.isNull(name)) {
                c.set(name, ProfileChange.NULL);
            } else if (ACTIONS.contains(name)) {
                c.set(name, change(p.requireObject(name)));
            } else if (DIMENSIONS.contains(name)) {
                c.set(name, dimensions(p.objects(name).orElse(List.of())));
            } else if (RULES.contains(name)) {
                c.set(name, Trees.json(p, name));
            } else {
                scalar(p, name).ifPresent(v -> c.set(name, v));
            }
        }
        return c;
    }

    /** A scalar's text; another connector's object or array field (unused here) is left out. */
    private static Optional<String> scalar(Params p, String name) {
        try {
            return p.string(name);
        } catch (KalturaException notText) {
            return Optional.empty();
        }
    }

    private static List<ThumbDimensions> dimensions(List<Params> items) {
        List<ThumbDimensions> out = new ArrayList<>();
        for (Params d : items) {
            out.add(new ThumbDimensions(d.integer("width").orElse(0), d.integer("height").orElse(0)));
        }
        return out;
    }

    /** {@code KalturaDistributionProfileFilter}; {@code advancedSearch} is refused (it has no use here). */
    static ProfileFilter filter(Optional<Params> given) {
        if (given.isEmpty()) {
            return ProfileFilter.NONE;
        }
        Params f = given.get();
        f.objectType().ifPresent(t -> {
            if (!FILTERS.contains(t)) {
                throw KalturaException.wrongFormat(f.path() + ":objectType", "KalturaDistributionProfileFilter");
            }
        });
        if (f.object("advancedSearch").isPresent()) {
            throw KalturaException.wrongFormat(f.path() + ":advancedSearch", "no advancedSearch (not supported)");
        }
        return new ProfileFilter(f.longValue("idEqual").orElse(null), longs(f, "idIn"),
                f.longValue("createdAtGreaterThanOrEqual").orElse(null), f.longValue("createdAtLessThanOrEqual").orElse(null),
                f.longValue("updatedAtGreaterThanOrEqual").orElse(null), f.longValue("updatedAtLessThanOrEqual").orElse(null),
                f.integer("statusEqual").orElse(null), ints(f, "statusIn"), f.string("providerTypeEqual").orElse(null),
                f.string("orderBy").filter(s -> !s.isBlank()).orElse(null));
    }

    static Pager pager(Params call) {
        org.syndicast.kaltura.api.Pager p = org.syndicast.kaltura.api.Pager.of(call);
        return new Pager(p.pageSize(), p.pageIndex());
    }

    private static List<Long> longs(Params f, String name) {
        Optional<String> text = f.string(name);
        if (text.isEmpty() || text.get().isBlank()) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        for (String part : text.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Long.valueOf(part.trim()));
            } catch (NumberFormatException e) {
                throw KalturaException.wrongFormat(f.path() + ":" + name, "comma-separated integers");
            }
        }
        return out;
    }

    private static List<Integer> ints(Params f, String name) {
        List<Long> l = longs(f, name);
        return l == null ? null : l.stream().map(Long::intValue).toList();
    }
}
