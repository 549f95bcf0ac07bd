package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.kaltura.client.KalturaApiException;
import com.kaltura.client.KalturaClient;
import com.kaltura.client.enums.KalturaSessionType;

/**
 * {@code session.start} and {@code session.end} through Kaltura's official Java client and as form requests in
 * XML and JSON: a KS is URL-safe, proves its partner on every call, ends on {@code session.end}, and the wrong
 * secret, a forged KS or none at all are answered with Kaltura's codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KalturaSessionIT {
    private KarafServer server;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("kaltura-session");
        KalturaClients.configure(server, KalturaClients.ACME);
        KalturaClients.configure(server, KalturaClients.GLOBEX);
        server.start();
        api = Api.anonymous(server);
        api.awaitKaltura(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theJavaClientStartsAnAdminSessionUsesItAndEndsIt() throws Exception {
        KalturaClient client = KalturaClients.client(server);
        String ks = client.getSessionService().start(KalturaClients.ACME.adminSecret(), "alice", KalturaSessionType.ADMIN,
                KalturaClients.ACME.id(), 3600, null);
        assertThat(ks).matches("[A-Za-z0-9._~-]+");
        client.setKs(ks);
        assertThat(client.getSystemService().ping()).isTrue();

        client.getSessionService().end();

        assertThatThrownBy(() -> client.getSessionService().end()).isInstanceOfSatisfying(KalturaApiException.class,
                e -> assertThat(e.code).isEqualTo("INVALID_KS"));
    }

    @Test
    void aWrongSecretOrAUserSecretForAnAdminSessionIsAStartSessionError() {
        KalturaClient client = KalturaClients.client(server);
        assertThatThrownBy(() -> client.getSessionService().start("not-the-secret", "alice", KalturaSessionType.ADMIN,
                KalturaClients.ACME.id())).isInstanceOfSatisfying(KalturaApiException.class,
                        e -> assertThat(e.code).isEqualTo("START_SESSION_ERROR"));
        assertThatThrownBy(() -> client.getSessionService().start(KalturaClients.ACME.secret(), "alice",
                KalturaSessionType.ADMIN, KalturaClients.ACME.id())).isInstanceOfSatisfying(KalturaApiException.class,
                        e -> assertThat(e.code).isEqualTo("START_SESSION_ERROR"));
        assertThatThrownBy(() -> client.getSessionService().start(KalturaClients.GLOBEX.adminSecret(), "alice",
                KalturaSessionType.ADMIN, KalturaClients.ACME.id())).isInstanceOfSatisfying(KalturaApiException.class,
                        e -> assertThat(e.code).isEqualTo("START_SESSION_ERROR"));
    }

    @Test
    void formRequestsStartASessionInXmlAndJson() {
        HttpResponse<String> xml = api.post("/api_v3/service/session/action/start", Api.form("secret",
                KalturaClients.ACME.secret(), "partnerId", "4242", "type", "0", "userId", "bob"));
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).matches("<\\?xml version=\"1.0\" encoding=\"utf-8\"\\?><xml><result>[A-Za-z0-9._~-]+</result></xml>");

        HttpResponse<String> json = api.post("/api_v3/service/session/action/start", Api.form("format", "1", "secret",
                KalturaClients.ACME.secret(), "partnerId", "4242"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).matches("\"[A-Za-z0-9._~-]+\"");

        HttpResponse<String> wrong = api.post("/api_v3/service/session/action/start", Api.form("format", "1", "secret",
                "nope", "partnerId", "4242"));
        assertThat(wrong.body()).startsWith("{\"code\":\"START_SESSION_ERROR\"").contains("\"message\":")
                .doesNotContain("nope");
    }

    @Test
    void aForgedOrEndedKsIsInvalidAndNoKsIsMissing() throws Exception {
        HttpResponse<String> none = api.post("/api_v3/service/session/action/end", Api.form("format", "1"));
        assertThat(none.body()).startsWith("{\"code\":\"MISSING_KS\"");
        HttpResponse<String> forged = api.post("/api_v3/service/session/action/end",
                Api.form("format", "1", "ks", "k1.4242.2.9999999999.x.alice..t.forged"));
        assertThat(forged.body()).startsWith("{\"code\":\"INVALID_KS\"");
        assertThat(forged.body()).doesNotContain("forged");
    }

    @Test
    void anExpiredKsIsInvalidAndSaysSo() throws Exception {
        KalturaClient client = KalturaClients.client(server);
        String ks = client.getSessionService().start(KalturaClients.ACME.adminSecret(), "carol", KalturaSessionType.ADMIN,
                KalturaClients.ACME.id(), 1, null);
        Thread.sleep(2_200);
        HttpResponse<String> expired = api.post("/api_v3/service/session/action/end", Api.form("format", "1", "ks", ks));
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).startsWith("{\"code\":\"INVALID_KS\"").containsIgnoringCase("expired");
    }
}
