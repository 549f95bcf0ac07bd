package org.syndicast.distribution.core.impl.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Publication;
import org.syndicast.distribution.api.PublishedElement;

/** Jobs and publications remember the channel target they belong to. */
class TargetStoreTest {
    private final H2Database db = H2Database.inMemory();
    private final JobStore store = db.store();
    private final PublicationStore publications = new PublicationStore(db.emf());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aJobRemembersItsTarget() {
        Job job = store.create(onTarget("ftp", "partner-a"), 1_000);

        assertThat(job.target()).isEqualTo("partner-a");
        assertThat(store.find(job.id()).orElseThrow().target()).isEqualTo("partner-a");
        assertThat(store.create(Jobs.on("ftp"), 1_000).target()).isEqualTo("default");
    }

    @Test
    void onlyJobsOfPresentTargetsAreClaimable() {
        long defaultJob = store.create(Jobs.on("ftp"), 1_000).id();
        long partnerA = store.create(onTarget("ftp", "partner-a"), 1_000).id();
        long partnerB = store.create(onTarget("ftp", "partner-b"), 1_000).id();
        long s3 = store.create(onTarget("s3", "archive"), 1_000).id();

        assertThat(store.claimable(Map.of("ftp", Set.of("default")), 2_000, 10)).containsExactly(defaultJob);
        assertThat(store.claimable(Map.of("ftp", Set.of("partner-a", "partner-b")), 2_000, 10))
                .containsExactly(partnerA, partnerB);
        assertThat(store.claimable(Map.of("ftp", Set.of("default", "partner-b"), "s3", Set.of("archive")), 2_000, 10))
                .containsExactly(defaultJob, partnerB, s3);
        assertThat(store.claimable(Map.of("s3", Set.of("default")), 2_000, 10)).isEmpty();
        assertThat(store.claimable(Set.of("ftp"), 2_000, 10)).containsExactly(defaultJob);
    }

    @Test
    void theSameElementOnTwoTargetsIsTwoPublicationsRetractedApart() {
        Publication p = new Publication("default", "engage-player", "mp-1");
        MediaPackageElement e = new MediaPackageElement(ElementKind.TRACK, "track-1", "presenter/delivery", null,
                "video/mp4", List.of(), URI.create("ftp://host/a.mp4"), null, null, null, List.of());
        publications.recordPublished("ftp", "default", p, List.of(e), 1_000);
        publications.recordPublished("ftp", "partner-a", p, List.of(e.withUrl(URI.create("ftp://other/a.mp4"))), 1_000);

        assertThat(publications.published("default", "mp-1")).extracting(PublishedElement::target)
                .containsExactly("default", "partner-a");

        publications.recordRetracted("ftp", "partner-a", p, List.of("track-1"));

        assertThat(publications.published("default", "mp-1")).singleElement()
                .satisfies(pe -> assertThat(pe.target()).isEqualTo("default"))
                .satisfies(pe -> assertThat(pe.element().url()).isEqualTo(URI.create("ftp://host/a.mp4")));
    }

    private static NewJob onTarget(String channel, String target) {
        NewJob n = Jobs.on(channel);
        return new NewJob(n.type(), n.channel(), n.creator(), n.organization(), n.operation(), n.args(),
                n.createdHost(), target);
    }
}
