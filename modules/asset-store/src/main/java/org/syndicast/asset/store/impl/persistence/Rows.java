package org.syndicast.asset.store.impl.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.PublicLink;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.ElementKind;

/** Entities to API records, at the edge of the persistence code. */
final class Rows {
    private Rows() {
    }

    static Asset asset(AssetEntity a, List<ElementEntity> elements) {
        return new Asset(a.assetId, a.tenant, a.title, a.description, Codec.tags(a.tags), Codec.fields(a.fields),
                Readiness.valueOf(a.readiness), Moderation.valueOf(a.moderation), a.version,
                Instant.ofEpochMilli(a.created), Instant.ofEpochMilli(a.modified),
                elements.stream().map(Rows::element).toList());
    }

    static AssetElement element(ElementEntity e) {
        return new AssetElement(e.elementId, ElementKind.valueOf(e.kind), e.flavor, e.mimetype, e.fileName, e.size,
                e.md5, e.sha256, e.width, e.height, Codec.tags(e.tags), Instant.ofEpochMilli(e.created));
    }

    static AssetChange change(ChangeEntity c) {
        return new AssetChange(c.pk, c.assetId, c.assetVersion, c.kind, c.user, Instant.ofEpochMilli(c.at),
                c.detail == null ? "" : c.detail);
    }

    static PublicLink link(LinkEntity l) {
        return new PublicLink(l.linkId, l.tenant, l.assetId, Instant.ofEpochMilli(l.created),
                Optional.ofNullable(l.expires).map(Instant::ofEpochMilli));
    }
}
