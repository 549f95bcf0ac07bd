package org.syndicast.distribution.api;

import java.net.URI;

/** Asks a public URL whether it answers, with the core's bounded retries. Given to channels by the core. */
public interface AvailabilityProbe {

    /** True when a HEAD on {@code url} answers 200 within the configured attempts. */
    boolean answers(URI url);
}
