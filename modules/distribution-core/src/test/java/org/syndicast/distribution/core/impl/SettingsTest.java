package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void backoffStartsAtTheFirstDelayAndDoublesPerFailedAttempt() {
        Settings s = new TestConfig().backoff(1_000, 60_000).settings();

        assertThat(s.backoffAfter(0)).isEqualTo(1_000);
        assertThat(s.backoffAfter(1)).isEqualTo(1_000);
        assertThat(s.backoffAfter(2)).isEqualTo(2_000);
        assertThat(s.backoffAfter(3)).isEqualTo(4_000);
        assertThat(s.backoffAfter(6)).isEqualTo(32_000);
    }

    @Test
    void backoffStopsAtTheCap() {
        Settings s = new TestConfig().backoff(1_000, 60_000).settings();

        assertThat(s.backoffAfter(7)).isEqualTo(60_000);
        assertThat(s.backoffAfter(1_000)).isEqualTo(60_000);
        assertThat(s.backoffAfter(Integer.MAX_VALUE)).isEqualTo(60_000);
    }

    @Test
    void aCapBelowTheFirstDelayWins() {
        Settings s = new TestConfig().backoff(5_000, 1_000).settings();

        assertThat(s.backoffAfter(1)).isEqualTo(1_000);
        assertThat(s.backoffAfter(4)).isEqualTo(1_000);
    }

    @Test
    void noFirstDelayMeansRetryAtOnce() {
        Settings s = new TestConfig().backoff(0, 60_000).settings();

        assertThat(s.backoffAfter(1)).isZero();
        assertThat(s.backoffAfter(50)).isZero();
    }

    @Test
    void listSplitsCommaSeparatedValuesAndDropsBlanks() {
        assertThat(Settings.list(new String[] { "http://a.test/x, http://b.test/y ,,", " ", "http://c.test" }))
                .containsExactly("http://a.test/x", "http://b.test/y", "http://c.test");
        assertThat(Settings.list(new String[] {})).isEmpty();
        assertThat(Settings.list(new String[] { "," })).isEmpty();
    }

    @Test
    void listKeepsTheValuesOfAnArrayInOrder() {
        assertThat(Settings.list(new String[] { "/srv/b", "/srv/a" })).containsExactly("/srv/b", "/srv/a");
    }

    @Test
    void inboxRootsAndHttpPrefixesMayComeAsOneCommaSeparatedValue() {
        Settings s = new TestConfig().inboxRoots("/srv/inbox, /srv/other/../spool").httpAllow("http://a.test/m,https://b.test")
                .settings();

        assertThat(s.inboxRoots()).containsExactly(Paths.get("/srv/inbox"), Paths.get("/srv/spool"));
        assertThat(s.httpAllow()).containsExactly("http://a.test/m", "https://b.test");
    }

    @Test
    void withoutInboxRootsTheInboxIsUnderKarafBase() {
        Settings s = new TestConfig().settings();

        Path expected = Paths.get(System.getProperty("karaf.base", "."), "inbox").toAbsolutePath().normalize();
        assertThat(s.inboxRoots()).containsExactly(expected);
        assertThat(s.httpAllow()).isEmpty();
    }

    @Test
    void serverUrlLosesItsTrailingSlash() {
        assertThat(new TestConfig().serverUrl("http://node-a:8181/").settings().serverUrl()).isEqualTo("http://node-a:8181");
        assertThat(new TestConfig().serverUrl("http://node-a:8181").settings().serverUrl()).isEqualTo("http://node-a:8181");
    }

    @Test
    void nonsensicalNumbersAreRaisedToWorkingMinimums() {
        Settings s = new TestConfig().workers(0).maxAttempts(-1).backoff(-5, -5).pollMs(0).leaseSeconds(1).settings();

        assertThat(s.workers()).isEqualTo(1);
        assertThat(s.maxAttempts()).isEqualTo(1);
        assertThat(s.backoffMs()).isZero();
        assertThat(s.backoffMaxMs()).isZero();
        assertThat(s.pollIntervalMs()).isEqualTo(10);
        assertThat(s.leaseMs()).isEqualTo(5_000);
        assertThat(s.availabilityTimeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void leaseSecondsBecomeMilliseconds() {
        assertThat(new TestConfig().leaseSeconds(120).settings().leaseMs()).isEqualTo(120_000);
    }
}
