package org.syndicast.distribution.core.impl.persistence;

import java.util.List;

/** What a new job row is made from. */
public record NewJob(String type, String channel, String creator, String organization, String operation,
        List<String> args, String createdHost) {
}
