package org.syndicast.itests;

import com.kaltura.client.KalturaClient;
import com.kaltura.client.KalturaConfiguration;

/** Kaltura's official Java client (3.2.1, unchanged) pointed at a test server, and the test partners. */
final class KalturaClients {
    /** A partner the Kaltura ITs configure before the server starts. */
    record Partner(int id, String organization, String secret, String adminSecret) {
        /** The factory configuration file's PID: etc/org.syndicast.kaltura.partner-{id}.cfg. */
        String pid() {
            return "org.syndicast.kaltura.partner-" + id;
        }
    }

    static final Partner ACME = new Partner(4242, "acme", "acme-user-secret-0123456789", "acme-admin-secret-0123456789");
    static final Partner GLOBEX = new Partner(4343, "globex", "globex-user-secret-0123456789",
            "globex-admin-secret-0123456789");

    private KalturaClients() {
    }

    /** Writes the partner's configuration; call before {@link KarafServer#start()}. */
    static void configure(KarafServer server, Partner p) {
        server.set(p.pid(), java.util.Map.of("id", Integer.toString(p.id()), "name", p.organization() + " media",
                "organization", p.organization(), ".secret", p.secret(), ".admin.secret", p.adminSecret()));
    }

    /** A client of the server's {@code /api_v3}, as a Kaltura customer configures one. */
    static KalturaClient client(KarafServer server) {
        KalturaConfiguration config = new KalturaConfiguration();
        config.setEndpoint(server.baseUrl());
        config.setTimeout(30_000);
        return new KalturaClient(config);
    }
}
