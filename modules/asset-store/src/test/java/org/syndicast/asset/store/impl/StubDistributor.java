package org.syndicast.asset.store.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.syndicast.distribution.api.DistributionCommand;
import org.syndicast.distribution.api.Distributor;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobQuery;
import org.syndicast.distribution.api.JobStatus;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.PublishedElement;

/** A distribution core that remembers which media packages it was asked to retract everywhere. */
final class StubDistributor implements Distributor {
    final List<String> retracted = new ArrayList<>();

    @Override
    public Set<String> channels() {
        return Set.of("download");
    }

    @Override
    public Job distribute(DistributionCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<MediaPackageElement> distributeSync(DistributionCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Job retract(DistributionCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<MediaPackageElement> retractSync(DistributionCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PublishedElement> publications(String organization, String mediaPackageId) {
        return List.of();
    }

    @Override
    public List<Job> retractEverywhere(String organization, String creator, String mediaPackageId) {
        retracted.add(organization + "/" + mediaPackageId);
        return List.of(new Job(7, 1, Job.typeOf("download"), JobStatus.QUEUED, creator, organization, "Retract",
                List.of(), "http://localhost", null, Instant.now(), null, null, null, null, null, null, 0));
    }

    @Override
    public Optional<Job> job(String organization, long id) {
        return Optional.empty();
    }

    @Override
    public List<Job> jobs(JobQuery query) {
        return List.of();
    }

    @Override
    public long count(JobQuery query) {
        return 0;
    }
}
