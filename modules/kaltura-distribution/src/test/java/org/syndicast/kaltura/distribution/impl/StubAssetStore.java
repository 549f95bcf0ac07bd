package org.syndicast.kaltura.distribution.impl;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetPage;
import org.syndicast.asset.api.AssetQuery;
import org.syndicast.asset.api.AssetStore;
import org.syndicast.asset.api.AssetUpdate;
import org.syndicast.asset.api.DeletionReport;
import org.syndicast.asset.api.NewAsset;
import org.syndicast.asset.api.NewElement;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.asset.api.StoredContent;

/** An asset store holding given assets, for the pure mapping tests: only {@link #find} answers. */
final class StubAssetStore implements AssetStore {
    private final Map<String, Asset> assets = new HashMap<>();

    void add(Asset a) {
        assets.put(a.tenant() + "/" + a.id(), a);
    }

    @Override
    public Optional<Asset> find(String tenant, String id) {
        return Optional.ofNullable(assets.get(tenant + "/" + id));
    }

    @Override
    public Asset create(String tenant, String user, NewAsset asset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AssetPage list(AssetQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Asset update(String tenant, String user, String id, AssetUpdate update) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AssetElement store(String tenant, String user, String assetId, NewElement element, InputStream bytes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AssetElement storeFrom(String tenant, String user, String assetId, NewElement element, URI source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeElement(String tenant, String user, String assetId, String elementId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StoredContent> content(String tenant, String assetId, String elementId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AssetChange> changes(String tenant, String assetId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DeletionReport delete(String tenant, String user, String assetId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PublicLink createLink(String tenant, String user, String assetId, Optional<String> linkId,
            Optional<Instant> expires) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublicLink> link(String linkId) {
        throw new UnsupportedOperationException();
    }
}
