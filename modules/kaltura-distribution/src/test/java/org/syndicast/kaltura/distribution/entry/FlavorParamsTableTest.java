package org.syndicast.kaltura.distribution.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FlavorParamsTableTest {

    @Test
    void nothingConfiguredMakesAnySourceTrackTheSource() {
        FlavorParamsTable t = FlavorParamsTable.of(Map.of("felix.fileinstall.filename", "x"));
        assertThat(t.ids()).containsExactly(0);
        assertThat(t.paramsIdOf("presenter/source")).contains(0);
        assertThat(t.paramsIdOf("presentation/source")).contains(0);
        assertThat(t.paramsIdOf("presenter/delivery")).isEmpty();
        assertThat(t.paramsIdOf(null)).isEmpty();
    }

    @Test
    void theLowestMatchingIdWins() {
        FlavorParamsTable t = FlavorParamsTable.of(Map.of("params.0", "presenter/source",
                "params.487041", " presenter/delivery , presentation/delivery", "params.487051", "*/delivery",
                "params.7", "*/*"));
        assertThat(t.ids()).containsExactly(0, 7, 487041, 487051);
        assertThat(t.paramsIdOf("presenter/source")).contains(0);
        assertThat(t.paramsIdOf("Presenter/Delivery")).contains(7);
        assertThat(t.flavors(487041)).containsExactly("presenter/delivery", "presentation/delivery");
        assertThat(t.flavors(99)).isEmpty();
    }

    @Test
    void exactFlavorsAndWildcards() {
        FlavorParamsTable t = FlavorParamsTable.of(Map.of("params.0", "presenter/source", "params.2", "*/hd"));
        assertThat(t.paramsIdOf("presentation/source")).isEmpty();
        assertThat(t.paramsIdOf("presentation/hd")).contains(2);
        assertThat(t.paramsIdOf("nosubtype")).isEmpty();
    }

    @Test
    void badKeysAndFlavorsAreRefused() {
        assertThatThrownBy(() -> FlavorParamsTable.of(Map.of("params.x", "a/b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("params.x");
        assertThatThrownBy(() -> FlavorParamsTable.of(Map.of("params.-1", "a/b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlavorParamsTable.of(Map.of("params.1", "no flavor")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
