package org.syndicast.distribution.core.impl.persistence;

import org.syndicast.distribution.api.JobStatus;

/** What tells whether a job moved: its row version and status. */
public record JobState(long version, JobStatus status) {
}
