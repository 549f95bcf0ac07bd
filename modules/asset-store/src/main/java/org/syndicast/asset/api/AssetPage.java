package org.syndicast.asset.api;

import java.util.List;

/** One page of a listing and the number of all matches. */
public record AssetPage(long total, List<Asset> assets) {
    public AssetPage {
        assets = List.copyOf(assets);
    }
}
