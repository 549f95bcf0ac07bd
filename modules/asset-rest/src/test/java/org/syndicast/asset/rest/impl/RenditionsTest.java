package org.syndicast.asset.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.ElementKind;

class RenditionsTest {
    private static AssetElement e(String id, ElementKind kind, String flavor, String mime, Integer w, Integer h,
            List<String> tags) {
        return new AssetElement(id, kind, flavor, mime, id, 10, "m", "s", w, h, tags, Instant.EPOCH);
    }

    private static final Asset ASSET = new Asset("101", "t", null, null, List.of(), Map.of(), Readiness.READY,
            Moderation.APPROVED, 1, Instant.EPOCH, Instant.EPOCH, List.of(
                    e("attachment-1", ElementKind.ATTACHMENT, "presenter/preview", "image/png", 640, 360, List.of()),
                    e("track-1", ElementKind.TRACK, "presenter/source", "video/mp4", null, null, List.of()),
                    e("attachment-2", ElementKind.ATTACHMENT, "presenter/small", "image/png", 160, 90, List.of())));

    @Test
    void namedRenditionsFallBackToTracksAndImageSizes() {
        assertThat(Renditions.pick(ASSET, "").map(AssetElement::id)).hasValue("track-1");
        assertThat(Renditions.pick(ASSET, "original").map(AssetElement::id)).hasValue("track-1");
        assertThat(Renditions.pick(ASSET, "largeimage").map(AssetElement::id)).hasValue("attachment-1");
        assertThat(Renditions.pick(ASSET, "thumb").map(AssetElement::id)).hasValue("attachment-2");
        assertThat(Renditions.pick(ASSET, "presenter/source").map(AssetElement::id)).hasValue("track-1");
        assertThat(Renditions.pick(ASSET, "attachment-2").map(AssetElement::id)).hasValue("attachment-2");
        assertThat(Renditions.pick(ASSET, "nope")).isEmpty();
    }

    @Test
    void anElementNamedForARenditionWins() {
        Asset tagged = new Asset("1", "t", null, null, List.of(), Map.of(), Readiness.READY, Moderation.APPROVED, 1,
                Instant.EPOCH, Instant.EPOCH, List.of(
                        e("a", ElementKind.ATTACHMENT, "presenter/preview", "image/png", 640, 360, List.of()),
                        e("b", ElementKind.ATTACHMENT, "presenter/other", "image/png", 10, 10, List.of("largeimage"))));
        assertThat(Renditions.pick(tagged, "largeimage").map(AssetElement::id)).hasValue("b");
    }
}
