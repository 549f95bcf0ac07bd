package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two server nodes on one real PostgreSQL database, switched from H2 by configuration alone: every job runs
 * exactly once per attempt whichever node takes it, and a node that dies hands its jobs to the other through
 * their leases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedDatabaseIT {
    private PostgresServer pg;
    private OriginServer origin;
    private KarafServer a;
    private KarafServer b;
    private Path shared;

    @BeforeAll
    void start() throws Exception {
        pg = PostgresServer.start();
        shared = Files.createTempDirectory("syndicast-shared");
        Path originFiles = Files.createDirectories(shared.resolve("origin"));
        MediaPackages.randomFile(originFiles.resolve("slow.mp4"), 100_000, 7);
        origin = new OriginServer(originFiles);
        a = node("node-a");
        b = node("node-b");
        a.start(); // first, so that one node creates the tables
        b.start();
    }

    private KarafServer node(String name) throws Exception {
        KarafServer node = KarafServer.create(name);
        node.set("org.ops4j.datasource-syndicast", "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.set("org.ops4j.datasource-syndicast", "url", pg.jdbcUrl());
        node.set("org.ops4j.datasource-syndicast", "user", PostgresServer.USER);
        node.set("org.syndicast.distribution.core", "inbox.roots", shared.resolve("inbox").toString());
        node.set("org.syndicast.distribution.core", "http.allow", origin.base());
        node.set("org.syndicast.distribution.core", "lease.seconds", "6");
        // the download directory is shared storage (NFS in production) behind one public URL
        node.set("org.syndicast.channel.download", "directory", shared.resolve("downloads").toString());
        return node;
    }

    @AfterAll
    void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        origin.close();
        pg.close();
    }

    @Test
    @Order(1)
    void everyJobRunsExactlyOnceAcrossTwoNodes() throws Exception {
        Path video = MediaPackages.randomFile(shared.resolve("inbox/lecture.mp4"), 50_000, 8);
        Api onA = Api.admin(a);
        Api onB = Api.admin(b);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            var form = Api.form("mediapackage", MediaPackages.withTracks("mp-shared-" + i, video.toUri().toString()),
                    "channelId", "engage-player", "elementId", "track-1", "checkAvailability", "false");
            ids.add(Api.id((i % 2 == 0 ? onA : onB).post("/distribution/download/", form).body()));
        }
        Set<String> hosts = new HashSet<>();
        for (long id : ids) {
            String doc = onA.awaitJob(id, Duration.ofSeconds(60));
            assertThat(Api.status(doc)).isEqualTo("FINISHED");
            assertThat(Xml.text(doc, "attempts")).as("job %d ran once", id).isEqualTo("1");
            hosts.add(Xml.text(doc, "processingHost"));
        }
        assertThat(hosts).containsExactlyInAnyOrder(a.baseUrl(), b.baseUrl());
        assertThat(pg.query("SELECT count(*) FROM syn_job WHERE job_status = 'FINISHED' AND attempts = 1"))
                .isEqualTo("100");
        assertThat(pg.query("SELECT count(*) FROM syn_publication WHERE mediapackage_id LIKE 'mp-shared-%'")).isEqualTo("100");
    }

    @Test
    @Order(2)
    void theJobsOfANodeThatDiesAreFinishedByTheOther() throws Exception {
        origin.delay(400);
        Api onB = Api.admin(b);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var form = Api.form("mediapackage", MediaPackages.withTracks("mp-orphan-" + i, origin.base() + "slow.mp4"),
                    "channelId", "engage-player", "elementId", "track-1", "checkAvailability", "false");
            ids.add(Api.id(onB.post("/distribution/download/", form).body()));
        }
        b.kill();
        b = null;

        Api onA = Api.admin(a);
        for (long id : ids) {
            String doc = onA.awaitJob(id, Duration.ofSeconds(90));
            assertThat(Api.status(doc)).as(doc).isEqualTo("FINISHED");
        }
        assertThat(shared.resolve("downloads/default/engage-player/mp-orphan-19/track-1/slow.mp4")).exists();
        assertThat(Long.parseLong(pg.query("SELECT count(*) FROM syn_job WHERE job_status = 'RUNNING'"))).isZero();
    }
}
