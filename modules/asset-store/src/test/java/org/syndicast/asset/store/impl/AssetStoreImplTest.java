package org.syndicast.asset.store.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.asset.api.Asset;
import org.syndicast.asset.api.AssetChange;
import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.AssetQuery;
import org.syndicast.asset.api.AssetUpdate;
import org.syndicast.asset.api.DeletionReport;
import org.syndicast.asset.api.Moderation;
import org.syndicast.asset.api.NewAsset;
import org.syndicast.asset.api.NewElement;
import org.syndicast.asset.api.Readiness;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.InvalidInputException;

class AssetStoreImplTest {
    @TempDir
    Path dir;
    private TestStore t;

    @BeforeEach
    void open() {
        t = new TestStore(dir, 1_000_000);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Asset create(String tenant, String id, String title) {
        AssetUpdate m = new AssetUpdate(Optional.of(title), Optional.empty(), Optional.of(List.of("physics")),
                Optional.of(Map.of("course", "PHY101")), Optional.empty(), Optional.empty());
        return t.store.create(tenant, "alice", new NewAsset(Optional.ofNullable(id), m));
    }

    private AssetElement put(String tenant, String asset, String elementId, byte[] bytes) {
        return t.store.store(tenant, "alice", asset, new NewElement(Optional.ofNullable(elementId), ElementKind.TRACK,
                "presenter/source", "video/mp4", Optional.of("lecture.mp4"), null, null, List.of()),
                new ByteArrayInputStream(bytes));
    }

    @Test
    void createdAssetIsFoundInItsTenantOnly() {
        create("org-a", "101", "Lecture 1");

        assertThat(t.store.find("org-a", "101")).hasValueSatisfying(a -> {
            assertThat(a.title()).isEqualTo("Lecture 1");
            assertThat(a.tags()).containsExactly("physics");
            assertThat(a.fields()).containsEntry("course", "PHY101");
            assertThat(a.readiness()).isEqualTo(Readiness.PENDING);
        });
        assertThat(t.store.find("org-b", "101")).isEmpty();
        assertThat(create("org-b", "101", "Another").id()).isEqualTo("101");
    }

    @Test
    void takenIdIsAConflictAndBadIdA400() {
        create("org-a", "101", "Lecture 1");
        assertThatThrownBy(() -> create("org-a", "101", "Again")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> create("org-a", "../x", "Bad")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_ID"));
    }

    @Test
    void storedBytesHaveChecksumsAndEqualBytesAreKeptOnce() throws Exception {
        create("org-a", "101", "Lecture 1");
        AssetElement first = put("org-a", "101", null, "hello".getBytes());
        AssetElement second = put("org-a", "101", null, "hello".getBytes());

        assertThat(first.id()).isEqualTo("track-1");
        assertThat(second.id()).isEqualTo("track-2");
        assertThat(first.md5()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(first.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(first.size()).isEqualTo(5);
        try (InputStream in = Files.newInputStream(t.store.content("org-a", "101", "track-1").orElseThrow().file())) {
            assertThat(in.readAllBytes()).isEqualTo("hello".getBytes());
        }
        t.store.removeElement("org-a", "alice", "101", "track-1");
        assertThat(t.store.content("org-a", "101", "track-2")).isPresent();
        t.store.removeElement("org-a", "alice", "101", "track-2");
        assertThat(Files.exists(t.root.resolve("blobs").resolve(first.sha256().substring(0, 2)).resolve(first.sha256())))
                .isFalse();
    }

    @Test
    void elementsOverTheLimitAre413AndLeaveNothing() throws Exception {
        create("org-a", "101", "Lecture 1");
        assertThatThrownBy(() -> put("org-a", "101", null, new byte[1_000_001]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(413));
        try (var files = Files.walk(t.root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(t.store.find("org-a", "101").orElseThrow().elements()).isEmpty();
    }

    @Test
    void deletionRetractsRemovesLinksAndBytes() {
        create("org-a", "101", "Lecture 1");
        put("org-a", "101", "track-1", "bytes".getBytes());
        t.store.createLink("org-a", "alice", "101", Optional.of("link-1"), Optional.empty());

        DeletionReport r = t.store.delete("org-a", "alice", "101");

        assertThat(r.elements()).isEqualTo(1);
        assertThat(r.linksRemoved()).isEqualTo(1);
        assertThat(r.filesRemoved()).isEqualTo(1);
        assertThat(r.retractionJobs()).containsExactly(7L);
        assertThat(t.distributor.retracted).containsExactly("org-a/101");
        assertThat(t.store.link("link-1")).isEmpty();
        assertThat(t.store.find("org-a", "101")).isEmpty();
        assertThat(t.store.changes("org-a", "101")).extracting(AssetChange::kind)
                .containsExactly("CREATED", "ELEMENT_ADDED", "DELETED");
    }

    @Test
    void everyChangeIsRecordedWithTheNewVersion() {
        create("org-a", "101", "Lecture 1");
        Asset after = t.store.update("org-a", "bob", "101", new AssetUpdate(Optional.of("New"), Optional.empty(),
                Optional.empty(), Optional.of(Map.of("course", "")), Optional.of(Readiness.READY),
                Optional.of(Moderation.APPROVED)));

        assertThat(after.fields()).isEmpty();
        List<AssetChange> changes = t.store.changes("org-a", "101");
        assertThat(changes).extracting(AssetChange::kind).containsExactly("CREATED", "READINESS", "MODERATION", "METADATA");
        assertThat(changes.get(3).detail()).isEqualTo("title,fields.course");
        assertThat(changes.get(3).assetVersion()).isEqualTo(after.version());
        assertThat(changes.get(3).user()).isEqualTo("bob");
    }

    @Test
    void listFiltersAndPages() {
        for (int i = 1; i <= 5; i++) {
            create("org-a", "a" + i, "Lecture " + i);
        }
        create("org-b", "b1", "Lecture elsewhere");
        t.store.update("org-a", "bob", "a2", new AssetUpdate(Optional.empty(), Optional.empty(),
                Optional.of(List.of("chemistry")), Optional.empty(), Optional.of(Readiness.READY), Optional.empty()));

        var all = t.store.list(new AssetQuery("org-a", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1, 2));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.assets()).hasSize(2);
        var tagged = t.store.list(new AssetQuery("org-a", Optional.empty(), Optional.of("chemistry"),
                Optional.of(Readiness.READY), Optional.empty(), 0, 10));
        assertThat(tagged.assets()).extracting(Asset::id).containsExactly("a2");
        var text = t.store.list(new AssetQuery("org-a", Optional.of("LECTURE 3"), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 10));
        assertThat(text.assets()).extracting(Asset::id).containsExactly("a3");
        var none = t.store.list(new AssetQuery("org-a", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 0));
        assertThat(none.total()).isEqualTo(5);
        assertThat(none.assets()).isEmpty();
    }

    @Test
    void linksExpireAndTakenLinkIdsConflict() {
        create("org-a", "101", "Lecture 1");
        t.store.createLink("org-a", "alice", "101", Optional.of("soon"), Optional.of(Instant.now().plusMillis(300)));
        assertThat(t.store.link("soon")).isPresent();
        assertThatThrownBy(() -> t.store.createLink("org-a", "alice", "101", Optional.of("soon"), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> t.store.createLink("org-b", "eve", "101", Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(404));
        await(400);
        assertThat(t.store.link("soon")).isEmpty();
    }

    @Test
    void registeredSourcesAreReadThroughThePolicyAndItsRefusalsReachTheCaller() throws Exception {
        create("org-a", "101", "Lecture 1");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path inside = Files.writeString(inbox.resolve("ok.txt"), "fine");
        NewElement e = new NewElement(Optional.empty(), ElementKind.CATALOG, null, "text/plain", Optional.empty(), null,
                null, List.of());

        assertThatThrownBy(() -> t.store.storeFrom("org-a", "alice", "101", e, outside.toUri()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
        assertThatThrownBy(() -> t.store.storeFrom("org-a", "alice", "101", e, java.net.URI.create("ftp://h/x")))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
        AssetElement stored = t.store.storeFrom("org-a", "alice", "101", e, inside.toUri());
        assertThat(stored.fileName()).isEqualTo("ok.txt");
        assertThat(stored.id()).isEqualTo("catalog-1");
        assertThat(t.sources.asked).as("the caller's tenant and the element id the store will use")
                .endsWith("org-a catalog-1 " + inside.toUri());
        assertThat(t.store.find("org-a", "101").orElseThrow().elements()).hasSize(1);
    }

    @Test
    void aSourceThatCannotBeOpenedIsNotFoundAndLeavesNothing() {
        create("org-a", "101", "Lecture 1");
        NewElement e = new NewElement(Optional.of("track-1"), ElementKind.TRACK, null, "video/mp4", Optional.empty(), null,
                null, List.of());

        assertThatThrownBy(() -> t.store.storeFrom("org-a", "alice", "101", e, java.net.URI.create("http://gone.test/x.mp4")))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.code()).isEqualTo("SOURCE_NOT_FOUND");
                    assertThat(x.status()).isEqualTo(400);
                    assertThat(x.getMessage()).contains("404");
                });
        assertThat(t.store.find("org-a", "101").orElseThrow().elements()).isEmpty();
    }

    @Test
    void aSourceForAnAssetOfAnotherTenantIsNotFoundBeforeThePolicyIsAsked() {
        create("org-a", "101", "Lecture 1");
        NewElement e = new NewElement(Optional.empty(), ElementKind.CATALOG, null, "text/plain", Optional.empty(), null,
                null, List.of());

        assertThatThrownBy(() -> t.store.storeFrom("org-b", "eve", "101", e, dir.resolve("inbox/ok.txt").toUri()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.status()).isEqualTo(404));
        assertThat(t.sources.asked).isEmpty();
    }

    private static void await(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
