package org.syndicast.distribution.core.impl.persistence;

import java.util.List;

import org.syndicast.distribution.api.Job;

/** New-job values for store tests. */
final class Jobs {
    static final String HOST = "http://node-a:8181";
    static final String OTHER_HOST = "http://node-b:8181";

    private Jobs() {
    }

    static NewJob on(String channel) {
        return of("default", channel);
    }

    static NewJob of(String organization, String channel) {
        return new NewJob(Job.typeOf(channel), channel, "admin", organization, "Distribute",
                List.of("engage-player", "<mediapackage/>", "[\"track-1\"]", "true"), HOST);
    }
}
