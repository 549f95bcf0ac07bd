package org.syndicast.kaltura.distribution.impl.wire;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.syndicast.distribution.api.auth.Access;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.kaltura.api.KList;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaActions;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.distribution.profile.DistributionProfiles;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.kaltura.distribution.profile.ProfilePage;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.Partners;

/**
 * {@code contentdistribution_distributionprofile}: add, get, list, listByPartner, update, updateStatus, delete,
 * always within the KS's partner.
 */
@Component(service = KalturaService.class, property = KalturaService.NAME + "=" + ProfileKalturaService.NAME)
public final class ProfileKalturaService implements KalturaService {
    static final String NAME = "contentdistribution_distributionprofile";
    private static final Set<String> PARTNER_FILTERS = Set.of("KalturaPartnerFilter", "KalturaPartnerBaseFilter");

    private final DistributionProfiles profiles;
    private final Function<String, Optional<Integer>> partnerIdOf;
    private final Predicate<Caller> mayWrite;
    private final KalturaActions actions;

    @Activate
    public ProfileKalturaService(@Reference DistributionProfiles profiles, @Reference Partners partners,
            @Reference Authentication authentication) {
        this(profiles, tenant -> partners.ofOrganization(tenant).map(Partner::id),
                caller -> authentication.allows(caller, Access.WRITE));
    }

    ProfileKalturaService(DistributionProfiles profiles, Function<String, Optional<Integer>> partnerIdOf,
            Predicate<Caller> mayWrite) {
        this.profiles = profiles;
        this.partnerIdOf = partnerIdOf;
        this.mayWrite = mayWrite;
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
        Who who = writer(call);
        Params p = call.params().requireObject("distributionProfile");
        return answer(who, profiles.add(who.tenant(), ProfileParams.change(p)));
    }

    private Object get(KalturaCall call) {
        Who who = who(call);
        return answer(who, profiles.get(who.tenant(), id(call)));
    }

    private Object list(KalturaCall call) {
        Who who = who(call);
        return page(who, profiles.list(who.tenant(), ProfileParams.filter(call.params().object("filter")),
                ProfileParams.pager(call.params())));
    }

    /** {@code listByPartner}: the filter selects partners; a caller sees its own partner's profiles only. */
    private Object listByPartner(KalturaCall call) {
        Who who = who(call);
        Optional<Params> filter = call.params().object("filter");
        if (filter.isPresent() && !selects(filter.get(), who.partnerId() == null ? who.tenant()
                : who.partnerId().toString())) {
            return page(who, new ProfilePage(0, java.util.List.of()));
        }
        return page(who, profiles.list(who.tenant(), ProfileFilter.NONE, ProfileParams.pager(call.params())));
    }

    private Object update(KalturaCall call) {
        Who who = writer(call);
        long id = id(call);
        Params p = call.params().requireObject("distributionProfile");
        return answer(who, profiles.update(who.tenant(), id, ProfileParams.change(p)));
    }

    private Object updateStatus(KalturaCall call) {
        Who who = writer(call);
        long id = id(call);
        int status = call.params().intEnum("status", Set.of(1, 2, 3))
                .orElseThrow(() -> KalturaException.missingParameter("status"));
        return answer(who, profiles.updateStatus(who.tenant(), id, status));
    }

    private Object delete(KalturaCall call) {
        Who who = writer(call);
        profiles.delete(who.tenant(), id(call));
        return null;
    }

    private static long id(KalturaCall call) {
        return call.params().requireInt("id");
    }

    private Who who(KalturaCall call) {
        return Who.of(call, partnerIdOf);
    }

    /** The caller of a changing action: a USER KS (read roles only) is {@code SERVICE_FORBIDDEN}. */
    private Who writer(KalturaCall call) {
        Who who = who(call);
        if (!mayWrite.test(call.requireCaller())) {
            throw new KalturaException(KalturaException.SERVICE_FORBIDDEN, "The access to service [" + NAME + "->"
                    + call.action() + "] is forbidden: an ADMIN KS is needed", Map.of("SERVICE", NAME));
        }
        return who;
    }

    private static KObject answer(Who who, DistributionProfile p) {
        return ProfileObjects.profile(p, who.partnerId());
    }

    private static KObject page(Who who, ProfilePage page) {
        return KList.of(ProfileObjects.PROFILE_LIST, (int) Math.min(Integer.MAX_VALUE, page.totalCount()),
                page.objects().stream().map(p -> answer(who, p)).toList());
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
