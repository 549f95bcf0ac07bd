package org.syndicast.channel.s3.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.http.UriSegments;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.Publication;

class ObjectKeysTest {
    private static final Publication PUB = new Publication("default", "engage-player", "mp-1");
    private static final String BASE = "https://cdn.example.org/media";

    @Test
    void keysFollowTheLayoutUnderThePrefix() {
        assertThat(ObjectKeys.key("", PUB, "track-1", "talk.mp4")).isEqualTo("default/engage-player/mp-1/track-1/talk.mp4");
        assertThat(ObjectKeys.key("pub/2026/", PUB, "track-1", "talk.mp4"))
                .isEqualTo("pub/2026/default/engage-player/mp-1/track-1/talk.mp4");
        assertThat(ObjectKeys.elementPrefix("", PUB, "track-1")).isEqualTo("default/engage-player/mp-1/track-1/");
    }

    @Test
    void unsafeSegmentsAreRefused() {
        assertThatThrownBy(() -> ObjectKeys.key("", PUB, "..", "talk.mp4")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ObjectKeys.key("", PUB, "track-1", "a/b.mp4")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void urlsEncodeEverySegment() {
        URI url = ObjectKeys.url(BASE, "default/engage-player/mp-1/track-1/Vorlesung über #1.mp4");
        assertThat(url.toString())
                .isEqualTo(BASE + "/default/engage-player/mp-1/track-1/Vorlesung%20%C3%BCber%20%231.mp4");
    }

    @Test
    void theKeyIsReadBackFromItsUrl() {
        String key = "pub/default/engage-player/mp-1/track-1/Vorlesung über #1.mp4";
        assertThat(ObjectKeys.keyOf(ObjectKeys.url(BASE, key), BASE, PUB, "track-1")).hasValue(key);
    }

    @Test
    void aPresignedUrlsQueryIsIgnored() {
        URI url = URI.create("http://127.0.0.1:9000/bucket/default/engage-player/mp-1/track-1/a.mp4?X-Amz-Signature=abc");
        assertThat(ObjectKeys.keyOf(url, "http://127.0.0.1:9000/bucket", PUB, "track-1"))
                .hasValue("default/engage-player/mp-1/track-1/a.mp4");
    }

    @Test
    void urlsOfOtherElementsOrElsewhereNameNoKey() {
        String key = "default/engage-player/mp-1/track-1/a.mp4";
        assertThat(ObjectKeys.keyOf(ObjectKeys.url(BASE, key), BASE, PUB, "track-2")).isEmpty();
        assertThat(ObjectKeys.keyOf(ObjectKeys.url(BASE, key), BASE, new Publication("other", "engage-player", "mp-1"),
                "track-1")).isEmpty();
        assertThat(ObjectKeys.keyOf(ObjectKeys.url("https://elsewhere.org", key), BASE, PUB, "track-1")).isEmpty();
        assertThat(ObjectKeys.keyOf(URI.create("file:///srv/inbox/a.mp4"), BASE, PUB, "track-1")).isEmpty();
        assertThat(ObjectKeys.keyOf(null, BASE, PUB, "track-1")).isEmpty();
        // an escaped slash or dot-dot cannot smuggle another path in
        assertThat(ObjectKeys.keyOf(URI.create(BASE + "/default/engage-player/mp-1/track-1/..%2F..%2Fx"), BASE, PUB,
                "track-1")).isEmpty();
        assertThat(ObjectKeys.keyOf(URI.create(BASE + "/x/../default/engage-player/mp-1/track-1/a"), BASE, PUB,
                "track-1")).isEmpty();
    }

    @Test
    void decodingIsStrict() {
        assertThat(UriSegments.decode("a%20b")).hasValue("a b");
        assertThat(UriSegments.decode("a+b")).hasValue("a+b");
        assertThat(UriSegments.decode("a%2")).isEmpty();
        assertThat(UriSegments.decode("%C3")).isEmpty();
    }
}
