package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Kaltura distribution bundle in the assembled server: its persistence unit comes up on the shared datasource
 * (the profile service registers only with its EntityManagerFactory) and it offers its two {@code /api_v3}
 * services, the profiles, the providers and the entries. The wire-level tests (official Java client) come with
 * the {@code /api_v3} endpoint and KS sessions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KalturaDistributionBootIT {
    private static final String BUNDLE = "org.syndicast.kaltura.distribution";

    private KarafServer server;
    private KarafShell shell;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("kaltura-boot");
        shell = KarafShell.forServer(server);
        server.start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theBundleRegistersItsServicesOnTheSharedDatabase() throws Exception {
        try (KarafJmx jmx = jmx(server)) {
            long id = jmx.bundleId(BUNDLE);
            assertThat(id).as("bundle " + BUNDLE).isPositive();
            List<String> services = List.of();
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                services = jmx.serviceProperties(id);
                if (String.join(" ", services).contains("impl.ProfileService")
                        && String.join(" ", services).contains("contentdistribution_distributionprofile")) {
                    break;
                }
                Thread.sleep(500);
            }
            String all = String.join("\n", services);
            // the profile service is registered only once its references are bound: the unit's
            // EntityManagerFactory (osgi.unit.name=syndicast-kaltura), the channel targets and the providers
            assertThat(all).as(this::diagnosis)
                    .contains("component.name = org.syndicast.kaltura.distribution.impl.ProfileService")
                    .contains("component.name = org.syndicast.kaltura.distribution.impl.InstalledChannels")
                    .contains("component.name = org.syndicast.kaltura.distribution.impl.AssetEntries")
                    .contains("osgi.unit.name = syndicast-kaltura")
                    .contains("kaltura.service = contentdistribution_distributionprofile")
                    .contains("kaltura.service = contentdistribution_distributionprovider")
                    .contains("params.0 = */source");
            assertThat(all).doesNotContain("password");
        }
    }

    /** JMX, once its connector is registered (a moment after the HTTP surfaces answer). */
    static KarafJmx jmx(KarafServer server) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return server.jmx();
            } catch (java.io.IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(250);
            }
        }
    }

    private String diagnosis() {
        try {
            StringBuilder out = new StringBuilder(shell.exec("scr:list | grep -i kaltura"));
            for (String c : List.of("ProfileService", "AssetEntries", "InstalledChannels", "wire.ProfileKalturaService")) {
                out.append(shell.exec("scr:info org.syndicast.kaltura.distribution.impl." + c));
            }
            return out.toString();
        } catch (Exception e) {
            return "no diagnosis: " + e;
        }
    }
}
