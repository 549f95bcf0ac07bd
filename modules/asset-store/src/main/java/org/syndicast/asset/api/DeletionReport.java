package org.syndicast.asset.api;

import java.util.List;

/**
 * What deleting an asset did.
 *
 * @param assetId          the deleted asset
 * @param elements         elements removed
 * @param linksRemoved     public links that stopped answering
 * @param filesRemoved     content files removed (bytes no other element referenced)
 * @param bytesRemoved     their size
 * @param retractionJobs   ids of the queued jobs that take down the asset's channel distributions
 * @param publications     channel publications those jobs retract
 */
public record DeletionReport(String assetId, int elements, int linksRemoved, int filesRemoved, long bytesRemoved,
        List<Long> retractionJobs, int publications) {
    public DeletionReport {
        retractionJobs = List.copyOf(retractionJobs);
    }
}
