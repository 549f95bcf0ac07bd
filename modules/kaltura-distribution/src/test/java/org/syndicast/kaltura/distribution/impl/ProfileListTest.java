package org.syndicast.kaltura.distribution.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.kaltura.distribution.profile.DistributionProfile;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.distribution.profile.Pager;
import org.syndicast.kaltura.distribution.profile.ProfileFilter;
import org.syndicast.kaltura.distribution.profile.ProfilePage;

class ProfileListTest {
    @TempDir
    Path dir;
    TestProfiles t;
    final List<DistributionProfile> mine = new ArrayList<>();

    @BeforeEach
    void start() {
        t = new TestProfiles(dir);
        for (int i = 0; i < 35; i++) {
            DistributionProfile p = t.service.add("4242", Changes.genericFtp("P" + i));
            if (i % 5 == 0) {
                p = t.service.updateStatus("4242", p.id(), 2);
            }
            mine.add(p);
            t.clock.advance(10);
        }
        t.service.add("4243", Changes.genericFtp("Theirs"));
        // the first one updated last
        t.clock.advance(1000);
        mine.set(0, t.service.update("4242", mine.get(0).id(), new org.syndicast.kaltura.distribution.profile
                .ProfileChange().set("name", "P0 again")));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private static ProfileFilter filter(Long idEqual, List<Long> idIn, Long cGte, Long cLte, Long uGte, Long uLte,
            Integer statusEqual, List<Integer> statusIn, String orderBy) {
        return new ProfileFilter(idEqual, idIn, cGte, cLte, uGte, uLte, statusEqual, statusIn, null, orderBy);
    }

    private static List<String> names(ProfilePage page) {
        return page.objects().stream().map(DistributionProfile::name).toList();
    }

    @Test
    void noFilterNoPagerIsTheFirstPageOfThirty() {
        ProfilePage page = t.service.list("4242", null, null);
        assertThat(page.totalCount()).isEqualTo(35);
        assertThat(page.objects()).hasSize(30);
        assertThat(page.objects().get(0).id()).isEqualTo(mine.get(0).id());
        assertThat(page.objects()).allMatch(p -> p.partnerId().equals("4242"));
    }

    @Test
    void pagesAreOneBased() {
        ProfilePage second = t.service.list("4242", ProfileFilter.NONE, new Pager(10, 2));
        assertThat(second.totalCount()).isEqualTo(35);
        assertThat(names(second)).containsExactly("P10", "P11", "P12", "P13", "P14", "P15", "P16", "P17", "P18", "P19");
        assertThat(names(t.service.list("4242", ProfileFilter.NONE, new Pager(10, 4)))).hasSize(5);
        ProfilePage beyond = t.service.list("4242", ProfileFilter.NONE, new Pager(10, 9));
        assertThat(beyond.totalCount()).isEqualTo(35);
        assertThat(beyond.objects()).isEmpty();
        // Kaltura's reading of odd pagers: index 0 is 1, size 0 is 30
        assertThat(t.service.list("4242", ProfileFilter.NONE, new Pager(0, 0)).objects()).hasSize(30);
        assertThat(new Pager(10_000, 1).pageSize()).isEqualTo(500);
    }

    @Test
    void filtersByIdStatusAndTime() {
        long id3 = mine.get(3).id();
        assertThat(names(t.service.list("4242", filter(id3, null, null, null, null, null, null, null, null), null)))
                .containsExactly("P3");
        assertThat(names(t.service.list("4242", filter(null, List.of(mine.get(1).id(), mine.get(2).id(), 999_999L),
                null, null, null, null, null, null, null), null))).containsExactly("P1", "P2");
        assertThat(names(t.service.list("4242", filter(null, null, null, null, null, null, 2, null, null), null)))
                .containsExactly("P0 again", "P5", "P10", "P15", "P20", "P25", "P30");
        assertThat(t.service.list("4242", filter(null, null, null, null, null, null, null, List.of(1, 2), null), null)
                .totalCount()).isEqualTo(35);
        long c = mine.get(30).createdAt();
        assertThat(names(t.service.list("4242", filter(null, null, c, null, null, null, null, null, null), null)))
                .containsExactly("P30", "P31", "P32", "P33", "P34");
        assertThat(names(t.service.list("4242", filter(null, null, null, mine.get(1).createdAt(), null, null, null,
                null, null), null))).containsExactly("P0 again", "P1");
        assertThat(names(t.service.list("4242", filter(null, null, null, null, mine.get(0).updatedAt(), null, null,
                null, null), null))).containsExactly("P0 again");
        assertThat(t.service.list("4242", filter(null, null, null, null, null, mine.get(34).updatedAt(), null, null,
                null), null).totalCount()).isEqualTo(34);
        // another partner's id is not found by any filter
        long theirs = t.service.list("4243", null, null).objects().get(0).id();
        assertThat(t.service.list("4242", filter(theirs, null, null, null, null, null, null, null, null), null)
                .totalCount()).isZero();
        assertThat(t.service.list("4242", new ProfileFilter(null, null, null, null, null, null, null, null, "1", null),
                null).totalCount()).isEqualTo(35);
        assertThat(t.service.list("4242", new ProfileFilter(null, null, null, null, null, null, null, null,
                "youtubeApiDistribution.YOUTUBE_API", null), null).totalCount()).isZero();
    }

    @Test
    void ordersByCreatedAtAndUpdatedAt() {
        assertThat(names(t.service.list("4242", filter(null, null, null, null, null, null, null, null, "-createdAt"),
                new Pager(3, 1)))).containsExactly("P34", "P33", "P32");
        assertThat(names(t.service.list("4242", filter(null, null, null, null, null, null, null, null, "+createdAt"),
                new Pager(2, 1)))).containsExactly("P0 again", "P1");
        assertThat(names(t.service.list("4242", filter(null, null, null, null, null, null, null, null, "-updatedAt"),
                new Pager(2, 1)))).containsExactly("P0 again", "P34");
        assertThat(names(t.service.list("4242", filter(null, null, null, null, null, null, null, null, "+updatedAt"),
                new Pager(2, 1)))).containsExactly("P1", "P2");
        assertThatThrownBy(() -> t.service.list("4242", filter(null, null, null, null, null, null, null, null,
                "+name"), null)).isInstanceOfSatisfying(KalturaException.class,
                        e -> assertThat(e.code()).isEqualTo("PROPERTY_VALIDATION_WRONG_FORMAT"));
    }
}
