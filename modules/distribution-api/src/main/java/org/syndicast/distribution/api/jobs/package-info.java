/**
 * Jobs seen as they change: {@link org.syndicast.distribution.api.jobs.JobWaiter} lets a caller wait for a job
 * to move instead of polling it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.distribution.api.jobs;
