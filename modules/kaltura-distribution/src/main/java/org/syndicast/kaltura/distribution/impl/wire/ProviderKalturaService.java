package org.syndicast.kaltura.distribution.impl.wire;

import java.util.List;
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
import org.syndicast.kaltura.api.Pager;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.distribution.profile.DistributionProvider;
import org.syndicast.kaltura.distribution.profile.DistributionProviders;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.Partners;

/**
 * {@code contentdistribution_distributionprovider.list}: the installed channels as generic providers, live. A
 * {@code KalturaDistributionProviderFilter} with {@code typeEqual} / {@code typeIn} other than {@code 1} lists none.
 */
@Component(service = KalturaService.class, property = KalturaService.NAME + "=" + ProviderKalturaService.NAME)
public final class ProviderKalturaService implements KalturaService {
    static final String NAME = "contentdistribution_distributionprovider";

    private final DistributionProviders providers;
    private final Function<String, Optional<Integer>> partnerIdOf;
    private final KalturaActions actions;

    @Activate
    public ProviderKalturaService(@Reference DistributionProviders providers, @Reference Partners partners) {
        this(providers, tenant -> partners.ofOrganization(tenant).map(Partner::id));
    }

    ProviderKalturaService(DistributionProviders providers, Function<String, Optional<Integer>> partnerIdOf) {
        this.providers = providers;
        this.partnerIdOf = partnerIdOf;
        this.actions = KalturaActions.of(NAME, Map.of("list", this::list));
    }

    @Override
    public Object call(String action, KalturaCall call) {
        return actions.call(action, call);
    }

    private KObject list(KalturaCall call) {
        String tenant = Who.of(call, partnerIdOf).tenant();
        Optional<Params> filter = call.params().object("filter");
        boolean generic = filter.map(ProviderKalturaService::takesGeneric).orElse(true);
        List<DistributionProvider> all = generic ? providers.list(tenant) : List.of();
        Pager pager = Pager.of(call.params());
        List<KObject> page = all.stream().skip(pager.offset()).limit(pager.pageSize()).map(ProfileObjects::provider)
                .toList();
        return KList.of(ProfileObjects.PROVIDER_LIST, all.size(), page);
    }

    private static boolean takesGeneric(Params f) {
        if (f.object("advancedSearch").isPresent()) {
            throw KalturaException.wrongFormat(f.path() + ":advancedSearch", "no advancedSearch (not supported)");
        }
        Optional<String> equal = f.string("typeEqual").filter(s -> !s.isBlank());
        Optional<String> in = f.string("typeIn").filter(s -> !s.isBlank());
        boolean ok = equal.map(DistributionProvider.TYPE_GENERIC::equals).orElse(true);
        return ok && in.map(s -> Set.of(s.split("\\s*,\\s*")).contains(DistributionProvider.TYPE_GENERIC)).orElse(true);
    }
}
