package org.syndicast.kaltura.api;

import java.util.List;

/** List responses ({@code …ListResponse}): {@code objectType}, then {@code totalCount}, then {@code objects}. */
public final class KList {
    private KList() {
    }

    /**
     * A list response.
     *
     * @param listType   the declared class, e.g. {@code KalturaEntryDistributionListResponse}
     * @param totalCount every match, not only this page's
     * @param objects    this page's items, each with its own objectType
     */
    public static KObject of(String listType, int totalCount, List<KObject> objects) {
        return KObject.builder(listType).put("totalCount", totalCount).put("objects", objects).build();
    }
}
