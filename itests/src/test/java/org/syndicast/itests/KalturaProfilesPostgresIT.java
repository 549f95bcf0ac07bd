package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Distribution profiles on PostgreSQL: the unit {@code syndicast-kaltura} creates its tables there, a profile added,
 * filtered, updated and deleted through {@code /api_v3} is a row of {@code SYN_KALTURA_PROFILE} without its
 * password, and it outlives a restart of the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KalturaProfilesPostgresIT {
    private static final String ADMIN_SECRET = "0123456789abcdef0123456789abcdef";
    private static final String PROFILE = "/api_v3/service/contentdistribution_distributionprofile/action/";
    private static final String PASSWORD = "pg-ftp-pw-3e9a";

    private PostgresServer pg;
    private KarafServer server;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        pg = PostgresServer.start();
        server = KarafServer.create("kaltura-pg");
        server.set("org.ops4j.datasource-syndicast", Map.of("osgi.jdbc.driver.class", "org.postgresql.Driver",
                "url", pg.jdbcUrl(), "user", PostgresServer.USER));
        CfgFiles.set(server.home().resolve("etc/org.syndicast.kaltura.partner-4242.cfg"), Map.of("id", "4242",
                ".admin.secret", ADMIN_SECRET));
        server.start();
        api = Api.anonymous(server);
        api.awaitKaltura(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private String ks() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = api.post("/api_v3/service/session/action/start", Api.form("format", "1", "partnerId", "4242",
                    "secret", ADMIN_SECRET, "type", "2")).body();
            if (body.startsWith("\"")) {
                return body.substring(1, body.length() - 1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no KS: " + body);
    }

    private String call(String action, String... form) throws Exception {
        HttpResponse<String> r = api.post(PROFILE + action, Api.form(form));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void profilesAreRowsOfTheSharedPostgresDatabase() throws Exception {
        String ks = ks();
        String added = call("add", "ks", ks, "format", "1",
                "distributionProfile[objectType]", "KalturaGenericDistributionProfile",
                "distributionProfile[name]", "PG feed", "distributionProfile[genericProviderId]", "2",
                "distributionProfile[sunsetDefaultOffset]", "86400",
                "distributionProfile[submitAction][serverUrl]", "ftp.example.com",
                "distributionProfile[submitAction][password]", PASSWORD);
        assertThat(added).startsWith("{\"objectType\":\"KalturaGenericDistributionProfile\"").doesNotContain(PASSWORD);
        String id = added.replaceAll("^.*?\"id\":([0-9]+).*$", "$1");

        assertThat(pg.query("SELECT NAME || '|' || PARTNER_ID || '|' || CHANNEL || '|' || SUNSET_OFFSET FROM SYN_KALTURA_PROFILE"
                + " WHERE ID = " + id)).isEqualTo("PG feed|4242|ftp|86400");
        assertThat(pg.query("SELECT * FROM SYN_KALTURA_PROFILE")).doesNotContain(PASSWORD);

        assertThat(call("update", "ks", ks, "format", "1", "id", id, "distributionProfile[name]", "PG feed 2"))
                .contains("\"name\":\"PG feed 2\"");
        assertThat(call("list", "ks", ks, "format", "1", "filter[idIn]", id + ",0", "filter[statusEqual]", "1",
                "filter[orderBy]", "-updatedAt")).contains("\"totalCount\":1,").contains("\"id\":" + id + ",");

        server.stop();
        server.start();
        api.awaitKaltura(Duration.ofSeconds(60));
        String again = ks();
        assertThat(call("get", "ks", again, "format", "1", "id", id)).contains("\"name\":\"PG feed 2\"")
                .contains("\"sunsetDefaultOffset\":86400");
        assertThat(call("delete", "ks", again, "format", "1", "id", id)).isEqualTo("null");
        assertThat(pg.query("SELECT COUNT(*) FROM SYN_KALTURA_PROFILE")).isEqualTo("0");
    }
}
