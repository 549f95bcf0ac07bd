package org.syndicast.kaltura.distribution.impl;

import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.kaltura.distribution.entry.Entries;
import org.syndicast.kaltura.distribution.entry.Entry;
import org.syndicast.kaltura.distribution.entry.FlavorParamsTable;

/**
 * Entries over the asset store, with the flavor params table of {@code etc/org.syndicast.kaltura.flavors.cfg}
 * (changes apply live; a broken table is logged and the previous one kept).
 */
@Component(service = Entries.class, configurationPid = AssetEntries.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class AssetEntries implements Entries {
    static final String PID = "org.syndicast.kaltura.flavors";
    private static final Logger LOG = LoggerFactory.getLogger(AssetEntries.class);

    private final AssetStore assets;
    private volatile FlavorParamsTable table = FlavorParamsTable.DEFAULT;

    @Activate
    public AssetEntries(@Reference AssetStore assets, Map<String, Object> configuration) {
        this.assets = assets;
        modified(configuration);
    }

    @Modified
    void modified(Map<String, Object> configuration) {
        try {
            table = FlavorParamsTable.of(configuration);
            LOG.info("Kaltura flavor params table: {}", table);
        } catch (IllegalArgumentException e) {
            LOG.error("{} refused, keeping {}: {}", PID, table, e.getMessage());
        }
    }

    @Override
    public FlavorParamsTable flavorParams() {
        return table;
    }

    @Override
    public Optional<Entry> find(String partnerId, String entryId) {
        if (partnerId == null || entryId == null || entryId.isEmpty()) {
            return Optional.empty();
        }
        return assets.find(partnerId, entryId).map(a -> EntryMapping.entry(a, table));
    }
}
