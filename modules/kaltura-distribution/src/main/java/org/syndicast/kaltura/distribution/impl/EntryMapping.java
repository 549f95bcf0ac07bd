package org.syndicast.kaltura.distribution.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.kaltura.distribution.entry.Entry;
import org.syndicast.kaltura.distribution.entry.EntryStatus;
import org.syndicast.kaltura.distribution.entry.FlavorAsset;
import org.syndicast.kaltura.distribution.entry.FlavorParamsTable;
import org.syndicast.kaltura.distribution.entry.ThumbAsset;

/**
 * An asset read as a Kaltura entry: tracks become flavor assets, image attachments (a mimetype {@code image/...},
 * or a measured width and height) thumbnail assets; catalogs and other attachments are not part of an entry.
 */
final class EntryMapping {
    private EntryMapping() {
    }

    static Entry entry(Asset asset, FlavorParamsTable table) {
        List<FlavorAsset> flavors = new ArrayList<>();
        List<ThumbAsset> thumbs = new ArrayList<>();
        for (AssetElement e : asset.elements()) {
            if (e.kind() == ElementKind.TRACK) {
                flavors.add(new FlavorAsset(e.id(), asset.id(), table.paramsIdOf(e.flavor()).orElse(null), e.flavor(),
                        e.fileName(), extension(e.fileName()), e.mimetype(), e.size(), e.tags(), seconds(e)));
            } else if (e.kind() == ElementKind.ATTACHMENT && image(e)) {
                thumbs.add(new ThumbAsset(e.id(), asset.id(), e.width(), e.height(), e.flavor(), e.fileName(),
                        extension(e.fileName()), e.mimetype(), e.size(), e.tags(), seconds(e)));
            }
        }
        return new Entry(asset.id(), asset.tenant(), asset.title(), asset.description(), asset.tags(),
                EntryStatus.of(asset.readiness()), EntryStatus.of(asset.moderation()),
                asset.created() == null ? 0 : asset.created().getEpochSecond(),
                asset.modified() == null ? 0 : asset.modified().getEpochSecond(), flavors, thumbs);
    }

    private static boolean image(AssetElement e) {
        if (e.mimetype() != null) {
            return e.mimetype().toLowerCase(Locale.ROOT).startsWith("image/");
        }
        return e.width() != null && e.height() != null;
    }

    private static long seconds(AssetElement e) {
        return e.created() == null ? 0 : e.created().getEpochSecond();
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
