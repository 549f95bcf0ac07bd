package org.syndicast.distribution.api;

import java.util.Optional;

/**
 * A filter over jobs: by type and status, within one organization, paged.
 *
 * @param organization only this tenant's jobs
 * @param type         a job type, or empty for all
 * @param status       a status, or empty for all
 * @param offset       first row, from 0
 * @param limit        most rows
 */
public record JobQuery(String organization, Optional<String> type, Optional<JobStatus> status, int offset, int limit) {
    public JobQuery {
        if (offset < 0 || limit < 0) {
            throw new InvalidInputException("INVALID_PAGE", "offset and limit must not be negative");
        }
    }
}
