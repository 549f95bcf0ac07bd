package org.syndicast.distribution.core.impl;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.jobs.JobEvents;

/** Tells every bound {@link JobEvents} service; one that throws is logged and never disturbs the job. */
final class JobEventFan implements JobEvents {
    private static final Logger LOG = LoggerFactory.getLogger(JobEventFan.class);
    private final List<JobEvents> listeners = new CopyOnWriteArrayList<>();

    void add(JobEvents l) {
        listeners.add(l);
    }

    void remove(JobEvents l) {
        listeners.remove(l);
    }

    @Override
    public void queued(Job job) {
        tell(l -> l.queued(job));
    }

    @Override
    public void started(Job job) {
        tell(l -> l.started(job));
    }

    @Override
    public void ended(Job job, JobStatus outcome, Duration took, long bytes) {
        tell(l -> l.ended(job, outcome, took, bytes));
    }

    private void tell(Consumer<JobEvents> event) {
        for (JobEvents l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("A JobEvents listener failed: {}", e.toString());
            }
        }
    }
}
