package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A node on PostgreSQL whose database stops: {@code /system/health} turns 503 within the check's interval
 * (a few seconds: Felix's result cache and the database check's timeout), and 200 again once it is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthDatabaseOutageIT {
    private PostgresServer pg;
    private KarafServer node;

    @BeforeAll
    void start() throws Exception {
        pg = PostgresServer.start();
        node = KarafServer.create("health-pg");
        node.set("org.ops4j.datasource-syndicast", "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.set("org.ops4j.datasource-syndicast", "url", pg.jdbcUrl());
        node.set("org.ops4j.datasource-syndicast", "user", PostgresServer.USER);
        node.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aStoppedDatabaseTurnsHealthTo503AndBack() throws Exception {
        Api anyone = Api.anonymous(node);
        SystemHealthIT.awaitHealth(anyone, 200, Duration.ofSeconds(30));

        pg.stopCluster();
        long t0 = System.nanoTime();
        HttpResponse<String> down = SystemHealthIT.awaitHealth(anyone, 503, Duration.ofSeconds(15));
        long toDown = (System.nanoTime() - t0) / 1_000_000;
        assertThat(Api.json(down.body(), "status")).isEqualTo("CRITICAL");
        assertThat(down.body()).contains("\"name\":\"Syndicast database\",\"status\":\"CRITICAL\"")
                .doesNotContain("jdbc:").doesNotContain("Connection");

        pg.restartCluster();
        long t1 = System.nanoTime();
        SystemHealthIT.awaitHealth(anyone, 200, Duration.ofSeconds(30));
        long toUp = (System.nanoTime() - t1) / 1_000_000;
        System.out.println("HealthDatabaseOutageIT: 503 " + toDown + " ms after the database stopped, 200 " + toUp
                + " ms after it started again");
    }
}
