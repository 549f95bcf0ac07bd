package org.syndicast.kaltura.distribution.profile;

import java.util.List;

/**
 * {@code KalturaDistributionProfileFilter}; a null (or, for lists, null) field is no condition. Times are unix
 * seconds. {@code providerTypeEqual} is the seed's extension (every profile here has provider type {@code 1}).
 *
 * @param orderBy {@code +createdAt}, {@code -createdAt}, {@code +updatedAt}, {@code -updatedAt}, {@code +id},
 *                {@code -id}; null orders by id, ascending
 */
public record ProfileFilter(Long idEqual, List<Long> idIn, Long createdAtGreaterThanOrEqual,
        Long createdAtLessThanOrEqual, Long updatedAtGreaterThanOrEqual, Long updatedAtLessThanOrEqual,
        Integer statusEqual, List<Integer> statusIn, String providerTypeEqual, String orderBy) {

    /** No condition. */
    public static final ProfileFilter NONE = new ProfileFilter(null, null, null, null, null, null, null, null, null,
            null);

    public ProfileFilter {
        idIn = idIn == null ? null : List.copyOf(idIn);
        statusIn = statusIn == null ? null : List.copyOf(statusIn);
    }
}
