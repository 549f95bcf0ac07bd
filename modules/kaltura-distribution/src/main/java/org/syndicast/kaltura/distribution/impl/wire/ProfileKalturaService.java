package org.syndicast.kaltura.distribution.impl.wire;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.kaltura.api.KList;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaActions;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.distribution.profile.DistributionProfiles;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.kaltura.distribution.profile.ProfilePage;

/**
 * {@code contentdistribution_distributionprofile}: add, get, list, listByPartner, update, updateStatus, delete,
 * always within the KS's partner.
 */
@Component(service = KalturaService.class, property = KalturaService.NAME + "=" + ProfileKalturaService.NAME)
public final class ProfileKalturaService implements KalturaService {
    static final String NAME = "contentdistribution_distributionprofile";
    private static final Set<String> PARTNER_FILTERS = Set.of("KalturaPartnerFilter", "KalturaPartnerBaseFilter");

    private final DistributionProfiles profiles;
    private final KalturaActions actions;

    @Activate
    public ProfileKalturaService(@Reference DistributionProfiles profiles) {
        this.profiles = profiles;
        Map<String, Function<KalturaCall, Object>> a = Map.of("add", this::add, "get", this::get, "list", this::list,
                "listByPartner", this::listByPartner, "update", this::update, "updateStatus", this::updateStatus,
                "delete", this::delete);
        this.actions = KalturaActions.of(NAME, a);
    }

    @Override
    public Object call(String action, KalturaCall call) {
        return actions.call(action, call);
    }

    private Object add(KalturaCall call) {
        String partner = Partners.of(call);
        Params p = call.params().requireObject("distributionProfile");
        return ProfileObjects.profile(profiles.add(partner, ProfileParams.change(p)));
    }

    private Object get(KalturaCall call) {
        String partner = Partners.of(call);
        return ProfileObjects.profile(profiles.get(partner, id(call)));
    }

    private Object list(KalturaCall call) {
        String partner = Partners.of(call);
        return page(profiles.list(partner, ProfileParams.filter(call.params().object("filter")),
                ProfileParams.pager(call.params())));
    }

    /** {@code listByPartner}: the filter selects partners; a caller sees its own partner's profiles only. */
    private Object listByPartner(KalturaCall call) {
        String partner = Partners.of(call);
        Optional<Params> filter = call.params().object("filter");
        if (filter.isPresent() && !selects(filter.get(), partner)) {
            return page(new ProfilePage(0, java.util.List.of()));
        }
        return page(profiles.list(partner, ProfileFilter.NONE, ProfileParams.pager(call.params())));
    }

    private Object update(KalturaCall call) {
        String partner = Partners.of(call);
        long id = id(call);
        Params p = call.params().requireObject("distributionProfile");
        return ProfileObjects.profile(profiles.update(partner, id, ProfileParams.change(p)));
    }

    private Object updateStatus(KalturaCall call) {
        String partner = Partners.of(call);
        long id = id(call);
        int status = call.params().intEnum("status", Set.of(1, 2, 3))
                .orElseThrow(() -> KalturaException.missingParameter("status"));
        return ProfileObjects.profile(profiles.updateStatus(partner, id, status));
    }

    private Object delete(KalturaCall call) {
        String partner = Partners.of(call);
        profiles.delete(partner, id(call));
        return null;
    }

    private static long id(KalturaCall call) {
        return call.params().requireInt("id");
    }

    private static KObject page(ProfilePage page) {
        return KList.of(ProfileObjects.PROFILE_LIST, (int) Math.min(Integer.MAX_VALUE, page.totalCount()),
                page.objects().stream().map(ProfileObjects::profile).toList());
    }

    private static boolean selects(Params f, String partner) {
        f.objectType().ifPresent(t -> {
            if (!PARTNER_FILTERS.contains(t)) {
                throw KalturaException.wrongFormat(f.path() + ":objectType", "KalturaPartnerFilter");
            }
        });
        boolean equal = f.string("idEqual").filter(s -> !s.isBlank()).map(s -> s.trim().equals(partner)).orElse(true);
        boolean in = f.string("idIn").filter(s -> !s.isBlank())
                .map(s -> Set.of(s.split("\\s*,\\s*")).contains(partner)).orElse(true);
        return equal && in;
    }
}
