package org.syndicast.kaltura.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class KalturaActionsTest {
    private final KalturaActions actions = KalturaActions.of("contentdistribution_entrydistribution",
            Map.<String, Function<KalturaCall, Object>>of("submitAdd", c -> "added", "get", c -> null));

    @Test
    void actionsMatchInAnyCase() {
        assertThat(actions.call("submitAdd", null)).isEqualTo("added");
        assertThat(actions.call("SUBMITADD", null)).isEqualTo("added");
        assertThat(actions.call("submitadd", null)).isEqualTo("added");
        assertThat(actions.call("GET", null)).isNull();
    }

    @Test
    void anUnknownActionDoesNotExist() {
        assertThatThrownBy(() -> actions.call("submitEverything", null)).isInstanceOfSatisfying(KalturaException.class, e -> {
            assertThat(e.code()).isEqualTo("ACTION_DOES_NOT_EXISTS");
            assertThat(e.args()).containsEntry("ACTION", "submitEverything")
                    .containsEntry("SERVICE", "contentdistribution_entrydistribution");
        });
        assertThatThrownBy(() -> actions.call(null, null)).isInstanceOf(KalturaException.class);
    }

    @Test
    void twoActionsOfOneNameAreRefused() {
        assertThatThrownBy(() -> KalturaActions.of("s", Map.<String, Function<KalturaCall, Object>>of("get", c -> 1, "GET", c -> 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorNeedsACodeAndAMessage() {
        assertThatThrownBy(() -> new KalturaException("lower", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KalturaException("CODE", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(KalturaException.serviceDoesNotExist("x".repeat(500)).getMessage()).hasSizeLessThan(200);
    }
}
