package org.syndicast.kaltura.distribution.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.kaltura.distribution.entry.Entry;
import org.syndicast.kaltura.distribution.entry.EntryStatus;
import org.syndicast.kaltura.distribution.entry.FlavorAsset;
import org.syndicast.kaltura.distribution.entry.ThumbAsset;

class AssetEntriesTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    private final StubAssetStore store = new StubAssetStore();

    private AssetEntries entries(Map<String, Object> config) {
        return new AssetEntries(store, new HashMap<>(config));
    }

    private static AssetElement element(String id, ElementKind kind, String flavor, String mime, String file,
            Integer w, Integer h) {
        return new AssetElement(id, kind, flavor, mime, file, 2049, "md5", "sha-" + id, w, h, List.of("t"), T);
    }

    private static Asset asset(String tenant, String id, Readiness r, Moderation m, AssetElement... elements) {
        return new Asset(id, tenant, "Title", "Desc", List.of("news"), Map.of(), r, m, 3, T, T.plusSeconds(60),
                List.of(elements));
    }

    @Test
    void tracksAreFlavorsAndImagesAreThumbnails() {
        store.add(asset("4242", "0_abc", Readiness.READY, Moderation.APPROVED,
                element("t1", ElementKind.TRACK, "presenter/source", "video/mp4", "talk.MP4", null, null),
                element("t2", ElementKind.TRACK, "presenter/delivery", "video/mp4", "talk-hd.mp4", null, null),
                element("t3", ElementKind.TRACK, "audio/other", null, "noext", null, null),
                element("a1", ElementKind.ATTACHMENT, "presenter/player+preview", "image/jpeg", "p.jpg", 640, 360),
                element("a2", ElementKind.ATTACHMENT, "presenter/search+preview", null, "s.png", 160, 90),
                element("a3", ElementKind.ATTACHMENT, "captions/vtt", "text/vtt", "c.vtt", null, null),
                element("c1", ElementKind.CATALOG, "dublincore/episode", "text/xml", "dc.xml", null, null)));
        Entry e = entries(Map.of("params.0", "*/source", "params.487041", "presenter/delivery")).find("4242", "0_abc")
                .orElseThrow();

        assertThat(e.id()).isEqualTo("0_abc");
        assertThat(e.partnerId()).isEqualTo("4242");
        assertThat(e.name()).isEqualTo("Title");
        assertThat(e.tags()).containsExactly("news");
        assertThat(e.createdAt()).isEqualTo(T.getEpochSecond());
        assertThat(e.updatedAt()).isEqualTo(T.getEpochSecond() + 60);
        assertThat(e.flavors()).extracting(FlavorAsset::id).containsExactly("t1", "t2", "t3");
        assertThat(e.flavors()).extracting(FlavorAsset::flavorParamsId).containsExactly(0, 487041, null);
        assertThat(e.flavors()).extracting(FlavorAsset::fileExt).containsExactly("mp4", "mp4", null);
        assertThat(e.flavors().get(0).original()).isTrue();
        assertThat(e.flavors().get(1).original()).isFalse();
        assertThat(e.flavors().get(0).sizeInKb()).isEqualTo(3);
        assertThat(e.flavorsOfParams(487041)).extracting(FlavorAsset::id).containsExactly("t2");
        assertThat(e.thumbnails()).extracting(ThumbAsset::id).containsExactly("a1", "a2");
        assertThat(e.thumbnails().get(0).width()).isEqualTo(640);
        assertThat(e.thumbnails().get(0).height()).isEqualTo(360);
        assertThat(e.thumbnailsOfSize(160, 90)).extracting(ThumbAsset::id).containsExactly("a2");
        assertThat(e.thumbnailsOfSize(160, 91)).isEmpty();
    }

    @Test
    void readyIsAssetReadinessReady() {
        store.add(asset("1", "r", Readiness.READY, Moderation.PENDING));
        store.add(asset("1", "p", Readiness.PENDING, Moderation.PENDING));
        store.add(asset("1", "c", Readiness.PROCESSING, Moderation.PENDING));
        store.add(asset("1", "x", Readiness.ERROR, Moderation.PENDING));
        AssetEntries entries = entries(Map.of());
        assertThat(entries.find("1", "r").orElseThrow().ready()).isTrue();
        assertThat(entries.find("1", "r").orElseThrow().status()).isEqualTo(2);
        assertThat(entries.find("1", "p").orElseThrow().ready()).isFalse();
        assertThat(entries.find("1", "p").orElseThrow().status()).isEqualTo(4);
        assertThat(entries.find("1", "c").orElseThrow().status()).isEqualTo(1);
        assertThat(entries.find("1", "x").orElseThrow().status()).isEqualTo(-1);
    }

    @Test
    void moderationIsTheAssetsModeration() {
        Moderation[] all = Moderation.values();
        for (Moderation m : all) {
            store.add(asset("1", m.name(), Readiness.READY, m));
        }
        AssetEntries entries = entries(Map.of());
        assertThat(entries.find("1", "PENDING").orElseThrow().moderationStatus()).isEqualTo(1);
        assertThat(entries.find("1", "APPROVED").orElseThrow().moderationStatus()).isEqualTo(2);
        assertThat(entries.find("1", "REJECTED").orElseThrow().moderationStatus()).isEqualTo(3);
        assertThat(entries.find("1", "FLAGGED").orElseThrow().moderationStatus()).isEqualTo(5);
        assertThat(entries.find("1", "AUTO_APPROVED").orElseThrow().moderationStatus()).isEqualTo(6);
        assertThat(EntryStatus.approved(2)).isTrue();
        assertThat(EntryStatus.approved(6)).isTrue();
        assertThat(EntryStatus.approved(1)).isFalse();
    }

    @Test
    void anotherPartnersAssetIsNoEntry() {
        store.add(asset("4242", "0_abc", Readiness.READY, Moderation.APPROVED));
        AssetEntries entries = entries(Map.of());
        assertThat(entries.find("4243", "0_abc")).isEmpty();
        assertThat(entries.find("4242", "")).isEmpty();
        assertThat(entries.find(null, "0_abc")).isEmpty();
    }

    @Test
    void aBrokenTableKeepsThePreviousOne() {
        AssetEntries entries = entries(Map.of("params.3", "presenter/hd"));
        entries.modified(Map.of("params.x", "y/z"));
        assertThat(entries.flavorParams().ids()).containsExactly(3);
        entries.modified(Map.of());
        assertThat(entries.flavorParams().ids()).containsExactly(0);
    }
}
