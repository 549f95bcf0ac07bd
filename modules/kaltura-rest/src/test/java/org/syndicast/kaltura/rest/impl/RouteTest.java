package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.api.KalturaException;

class RouteTest {
    @Test
    void everyFormOfThePath() {
        assertThat(Route.of("service/session/action/start")).isEqualTo(new Route("session", "start"));
        assertThat(Route.of("/SERVICE/session/ACTION/start/")).isEqualTo(new Route("session", "start"));
        assertThat(Route.of("//service//multirequest")).isEqualTo(new Route("multirequest", null));
        assertThat(Route.of("")).isEqualTo(new Route(null, null));
        assertThat(Route.of("index.php")).isEqualTo(new Route(null, null));
        assertThat(Route.of("index.php/service/x/action/y")).isEqualTo(new Route("x", "y"));
        assertThat(Route.multirequest("MultiRequest")).isTrue();
        assertThat(Route.multirequest(null)).isFalse();
    }

    @Test
    void anyOtherPathIsAnUnknownService() {
        assertThatThrownBy(() -> Route.of("service/x/action")).isInstanceOfSatisfying(KalturaException.class,
                e -> assertThat(e.code()).isEqualTo("SERVICE_DOES_NOT_EXISTS"));
        assertThatThrownBy(() -> Route.of("nothing/here")).isInstanceOf(KalturaException.class);
    }
}
