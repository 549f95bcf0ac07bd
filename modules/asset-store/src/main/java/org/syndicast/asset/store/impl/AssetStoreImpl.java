package org.syndicast.asset.store.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetNotFoundException;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.asset.api.AssetQuery;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.AssetUpdate;
import org.syndicast.asset.api.DeletionReport;
import org.syndicast.asset.api.NewAsset;
import org.syndicast.asset.api.NewElement;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.asset.api.StoredContent;
import org.syndicast.asset.store.impl.persistence.AssetRepository;
import org.syndicast.asset.store.impl.persistence.LinkRepository;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.source.ElementSourcePolicy;

/**
 * The asset store: rows through {@link AssetRepository}, bytes through {@link ContentStore}, channel
 * retractions through the distribution core. Elements registered by URL are read through the server's
 * {@link ElementSourcePolicy}: this store decides nothing about where bytes may come from.
 */
@Component(service = AssetStore.class, configurationPid = "org.syndicast.asset.store",
        reference = {
            @Reference(name = AssetStoreImpl.DISTRIBUTOR, service = Distributor.class,
                    cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC),
            @Reference(name = AssetStoreImpl.SOURCES, service = ElementSourcePolicy.class) })
public final class AssetStoreImpl implements AssetStore {
    static final String DISTRIBUTOR = "distributor";
    static final String SOURCES = "sources";
    private static final Logger LOG = LoggerFactory.getLogger(AssetStoreImpl.class);

    private final AssetRepository assets;
    private final LinkRepository links;
    private final ContentStore content;
    private final ElementSourcePolicy sources;
    private final long maxBytes;
    /*
     * Both looked up when used, never bound at activation: the source policy binds this bundle's
     * ElementContentProvider, which needs this store. Binding the policy here made a cycle that SCR resolved
     * only later, on another thread, so for a moment after start the policy refused asset: URLs.
     */
    private final Supplier<Distributor> distributor;

    @Activate
    public AssetStoreImpl(StoreConfig config,
            @Reference(target = "(osgi.unit.name=syndicast-assets)") EntityManagerFactory emf,
            ComponentContext context) {
        this(config, emf, (organization, elementId, url) -> ((ElementSourcePolicy) context.locateService(SOURCES))
                .resolve(organization, elementId, url), () -> (Distributor) context.locateService(DISTRIBUTOR));
    }

    /** The store with a given way to reach the distribution core (tests, and the constructor above). */
    AssetStoreImpl(StoreConfig config, EntityManagerFactory emf, ElementSourcePolicy sources,
            Supplier<Distributor> distributor) {
        this.assets = new AssetRepository(emf);
        this.links = new LinkRepository(emf);
        this.content = new ContentStore(root(config));
        this.sources = sources;
        this.maxBytes = config.max_element_bytes() > 0 ? config.max_element_bytes() : Long.MAX_VALUE;
        this.distributor = distributor;
    }

    static Path root(StoreConfig config) {
        return config.root() == null || config.root().isBlank()
                ? Paths.get(System.getProperty("karaf.base", "."), "assets") : Paths.get(config.root().trim());
    }

    @Override
    public Asset create(String tenant, String user, NewAsset asset) {
        String id = Ids.require("id", asset.id().filter(s -> !s.isBlank()).orElseGet(Ids::generate));
        try {
            return assets.create(tenant, user, id, asset.metadata(), now());
        } catch (javax.persistence.PersistenceException e) {
            // two creations of one id at once: the unique key stopped the second
            if (assets.find(tenant, id).isPresent()) {
                throw new InvalidInputException("ASSET_EXISTS", "Asset id '" + id + "' is taken", 409);
            }
            throw e;
        }
    }

    @Override
    public Optional<Asset> find(String tenant, String id) {
        return assets.find(tenant, id);
    }

    @Override
    public AssetPage list(AssetQuery query) {
        return assets.list(query);
    }

    @Override
    public Asset update(String tenant, String user, String id, AssetUpdate update) {
        return assets.update(tenant, user, id, update, now());
    }

    @Override
    public AssetElement store(String tenant, String user, String assetId, NewElement element, InputStream bytes) {
        return store(tenant, user, assetId, element, bytes, null);
    }

    @Override
    public AssetElement storeFrom(String tenant, String user, String assetId, NewElement element, URI source) {
        Asset asset = require(tenant, assetId);
        String id = elementId(asset, element);
        ElementContent from = sources.resolve(tenant, id, source);
        InputStream in;
        try {
            in = from.open();
        } catch (IOException e) {
            // an origin answering 404, 403, a redirect or nothing: there is nothing to register at that url
            throw new InvalidInputException("SOURCE_NOT_FOUND", "The element's source could not be read: " + e.getMessage());
        }
        try (in) {
            return store(tenant, user, asset, id, element, in, from.fileName());
        } catch (IOException e) {
            throw new InvalidInputException("SOURCE_UNREADABLE", "The element's source could not be read: " + e.getMessage());
        }
    }

    private AssetElement store(String tenant, String user, String assetId, NewElement e, InputStream bytes,
            String sourceName) {
        Asset asset = require(tenant, assetId);
        return store(tenant, user, asset, elementId(asset, e), e, bytes, sourceName);
    }

    private static String elementId(Asset asset, NewElement e) {
        return Ids.require("elementId", e.id().filter(s -> !s.isBlank()).orElseGet(() -> nextId(asset, e)));
    }

    private AssetElement store(String tenant, String user, Asset asset, String id, NewElement e, InputStream bytes,
            String sourceName) {
        String assetId = asset.id();
        ContentStore.Put put;
        try {
            put = content.put(bytes, maxBytes);
        } catch (IOException x) {
            throw new InvalidInputException("UPLOAD_FAILED", "The element's bytes could not be read: " + x.getMessage());
        }
        Integer width = e.width();
        Integer height = e.height();
        if (width == null || height == null) {
            Optional<int[]> size = ImageSize.of(put.head());
            width = size.map(s -> s[0]).orElse(width);
            height = size.map(s -> s[1]).orElse(height);
        }
        String name = Ids.fileName(e.fileName().orElse(sourceName), id);
        AssetElement stored = new AssetElement(id, e.kind(), e.flavor(), e.mimetype(), name, put.size(), put.md5(),
                put.sha256(), width, height, e.tags(), Instant.now());
        try {
            assets.putElement(tenant, user, assetId, stored, now()).filter(old -> !old.equals(put.sha256()))
                    .ifPresent(this::collect);
        } catch (RuntimeException x) {
            collect(put.sha256());
            throw x;
        }
        LOG.info("Stored element {} of asset {} ({} bytes, sha256 {})", id, assetId, put.size(), put.sha256());
        return stored;
    }

    private static String nextId(Asset asset, NewElement e) {
        String prefix = e.kind().tag() + "-";
        for (int n = 1;; n++) {
            String candidate = prefix + n;
            if (asset.element(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    @Override
    public void removeElement(String tenant, String user, String assetId, String elementId) {
        collect(assets.removeElement(tenant, user, assetId, elementId, now()));
    }

    @Override
    public Optional<StoredContent> content(String tenant, String assetId, String elementId) {
        return assets.find(tenant, assetId).flatMap(a -> a.element(elementId))
                .map(e -> new StoredContent(e, content.file(e.sha256())))
                .filter(c -> Files.isRegularFile(c.file()));
    }

    @Override
    public List<AssetChange> changes(String tenant, String assetId) {
        List<AssetChange> changes = assets.changes(tenant, assetId);
        if (changes.isEmpty()) {
            throw AssetNotFoundException.asset(assetId);
        }
        return changes;
    }

    @Override
    public DeletionReport delete(String tenant, String user, String assetId) {
        require(tenant, assetId);
        Distributor distributor = this.distributor.get();
        if (distributor == null) {
            // deleting now would leave its distributions behind: refuse until the core is back
            throw new InvalidInputException("CORE_UNAVAILABLE",
                    "The distribution core is not running; the asset cannot be deleted without retracting it", 503);
        }
        // retraction first: if the core refuses, nothing is deleted and the caller may try again
        int publications = distributor.publications(tenant, assetId).size();
        List<Long> jobs = distributor.retractEverywhere(tenant, user, assetId).stream().map(Job::id).toList();
        AssetRepository.Deleted deleted = assets.delete(tenant, user, assetId, now());
        int files = 0;
        long bytes = 0;
        for (String sha : deleted.elements().stream().map(AssetElement::sha256).distinct().toList()) {
            long freed = collect(sha);
            if (freed >= 0) {
                files++;
                bytes += freed;
            }
        }
        LOG.info("Deleted asset {} of {}: {} elements, {} links, {} files, {} retraction jobs", assetId, tenant,
                deleted.elements().size(), deleted.links(), files, jobs.size());
        return new DeletionReport(assetId, deleted.elements().size(), deleted.links(), files, bytes, jobs, publications);
    }

    @Override
    public PublicLink createLink(String tenant, String user, String assetId, Optional<String> linkId,
            Optional<Instant> expires) {
        String id = Ids.require("id", linkId.filter(s -> !s.isBlank()).orElseGet(Ids::generate));
        try {
            return links.create(tenant, user, assetId, id, expires.map(Instant::toEpochMilli).orElse(null), now());
        } catch (javax.persistence.PersistenceException e) {
            if (links.find(id).isPresent()) {
                throw new InvalidInputException("LINK_EXISTS", "Distribution id '" + id + "' is taken", 409);
            }
            throw e;
        }
    }

    @Override
    public Optional<PublicLink> link(String linkId) {
        return links.find(linkId).filter(l -> l.liveAt(Instant.now()));
    }

    private Asset require(String tenant, String assetId) {
        return assets.find(tenant, assetId).orElseThrow(() -> AssetNotFoundException.asset(assetId));
    }

    /** Removes bytes no element references any more; returns the bytes freed, or -1 when they are still used. */
    private long collect(String sha256) {
        if (assets.referenced(sha256)) {
            return -1;
        }
        try {
            return content.remove(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
