package org.syndicast.session.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.syndicast.distribution.api.auth.Session;

class SessionKeysTest {
    private final SessionKeys keys = new SessionKeys("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final Instant now = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void issuedKeyVerifiesToTheSameSession() {
        Session s = new Session("alice", "org-a", Set.of("admin", "viewer"), now.plusSeconds(3600));
        assertThat(keys.verify(keys.issue(s), now)).hasValue(s);
    }

    @Test
    void tamperedExpiredForeignAndGarbageKeysFail() {
        String key = keys.issue(new Session("alice", "org-a", Set.of("viewer"), now.plusSeconds(60)));
        String[] parts = key.split("\\.");
        String otherOrg = String.join(".", parts[0], parts[1],
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("org-b".getBytes()), parts[3], parts[4],
                parts[5]);
        assertThat(keys.verify(otherOrg, now)).isEmpty();
        assertThat(keys.verify(key, now.plusSeconds(60))).isEmpty();
        assertThat(new SessionKeys("another secret of thirty-two chars!".getBytes()).verify(key, now)).isEmpty();
        for (String bad : new String[] { null, "", "s1", "s1.a.b.c.d.e", "x".repeat(5000), key + "x" }) {
            assertThat(keys.verify(bad, now)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void secretFileIsGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("etc/session.secret");
        byte[] first = HmacSessionService.fromFile(file);
        byte[] again = HmacSessionService.fromFile(file);

        assertThat(first).isEqualTo(again).hasSizeGreaterThanOrEqualTo(32);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
