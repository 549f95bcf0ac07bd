package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a target's stored configuration and a put's properties combine: secrets are write-only. */
class ConfigAdminChannelTargetsTest {

    @Test
    void anOmittedSecretIsKeptAndOtherKeysAreReplaced() {
        Dictionary<String, Object> stored = stored(Map.of("host", "old", "port", "21", ".password", "s3cret"));

        Dictionary<String, Object> merged = ConfigAdminChannelTargets.merged(stored, Map.of("host", "new"));

        assertThat(merged.get("host")).isEqualTo("new");
        assertThat(merged.get(".password")).isEqualTo("s3cret");
        assertThat(merged.get("port")).isNull();
    }

    @Test
    void anEmptySecretRemovesIt() {
        Dictionary<String, Object> merged = ConfigAdminChannelTargets.merged(stored(Map.of(".password", "s3cret")),
                Map.of(".password", ""));

        assertThat(merged.get(".password")).isNull();
    }

    @Test
    void aGivenSecretReplacesTheStoredOne() {
        Dictionary<String, Object> merged = ConfigAdminChannelTargets.merged(stored(Map.of(".secret.key", "a")),
                Map.of(".secret.key", "b"));

        assertThat(merged.get(".secret.key")).isEqualTo("b");
    }

    @Test
    void theFileInstallFileNameIsKeptSoTheSameFileIsWrittenBack() {
        Dictionary<String, Object> merged = ConfigAdminChannelTargets.merged(
                stored(Map.of("felix.fileinstall.filename", "file:/etc/x.cfg")), Map.of("host", "h"));

        assertThat(merged.get("felix.fileinstall.filename")).isEqualTo("file:/etc/x.cfg");
    }

    @Test
    void aNewTargetHasOnlyTheGivenKeys() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("bucket", "b");
        given.put(".secret.key", "");

        Dictionary<String, Object> merged = ConfigAdminChannelTargets.merged(null, given);

        assertThat(merged.size()).isEqualTo(1);
        assertThat(merged.get("bucket")).isEqualTo("b");
    }

    private static Dictionary<String, Object> stored(Map<String, String> values) {
        return new Hashtable<>(values);
    }
}
