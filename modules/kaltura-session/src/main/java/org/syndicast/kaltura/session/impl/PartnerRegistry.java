package org.syndicast.kaltura.session.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.kaltura.session.Partner;
import org.syndicast.kaltura.session.Partners;

/**
 * The configured partners, read afresh on every lookup from the {@link PartnerDefinition}s (a handful; each
 * changes in place), so a change is seen at once. Two definitions with the same id or the same organization
 * are in conflict: all of them are left out, since neither a partner id meaning two tenants nor two partners
 * sharing one tenant's objects is acceptable. A conflict is logged once each time it changes.
 */
@Component(service = { Partners.class, PartnerRegistry.class })
public final class PartnerRegistry implements Partners {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerRegistry.class);

    private final List<PartnerDefinition> definitions = new CopyOnWriteArrayList<>();
    private volatile String lastConflict = "";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDefinition(PartnerDefinition definition) {
        definitions.add(definition);
    }

    void removeDefinition(PartnerDefinition definition) {
        definitions.remove(definition);
    }

    @Override
    public Optional<Partner> find(int id) {
        return definition(id).map(d -> d.settings().partner());
    }

    @Override
    public Optional<Partner> ofOrganization(String organization) {
        return usable().stream().map(d -> d.settings().partner())
                .filter(p -> p.organization().equals(organization)).findFirst();
    }

    @Override
    public List<Partner> all() {
        return usable().stream().map(d -> d.settings().partner())
                .sorted(Comparator.comparingInt(Partner::id)).collect(Collectors.toUnmodifiableList());
    }

    /** The definition of the partner with this id, with its secrets; empty when none (or in conflict). */
    Optional<PartnerDefinition> definition(int id) {
        return usable().stream().filter(d -> d.settings().partner().id() == id).findFirst();
    }

    private List<PartnerDefinition> usable() {
        List<PartnerDefinition> all = List.copyOf(definitions);
        Map<Integer, Long> ids = count(all, p -> p.id());
        Map<String, Long> orgs = count(all, Partner::organization);
        List<PartnerDefinition> usable = all.stream().filter(d -> {
            Partner p = d.settings().partner();
            return ids.get(p.id()) == 1 && orgs.get(p.organization()) == 1;
        }).collect(Collectors.toList());
        if (usable.size() < all.size()) {
            logConflict(all, usable);
        }
        return usable;
    }

    private static <K> Map<K, Long> count(List<PartnerDefinition> all, Function<Partner, K> key) {
        return all.stream().collect(Collectors.groupingBy(d -> key.apply(d.settings().partner()), Collectors.counting()));
    }

    private void logConflict(List<PartnerDefinition> all, List<PartnerDefinition> usable) {
        String conflict = all.stream().filter(d -> !usable.contains(d)).map(d -> d.settings().partner())
                .sorted(Comparator.comparingInt(Partner::id))
                .map(p -> "partner " + p.id() + " (organization " + p.organization() + ")")
                .collect(Collectors.joining(", "));
        if (!conflict.equals(lastConflict)) {
            lastConflict = conflict;
            LOG.error("Kaltura partners configured with the same id or organization are all refused until"
                    + " that is fixed in etc/: {}", conflict);
        }
    }
}
