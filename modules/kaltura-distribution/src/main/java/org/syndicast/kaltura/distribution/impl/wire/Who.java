package org.syndicast.kaltura.distribution.impl.wire;

import java.util.Optional;
import java.util.function.Function;

import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;

/**
 * Who a call acts for: the tenant (organization) its KS proves, where its objects live, and the Kaltura partner
 * id that tenant is (answered as {@code partnerId}). A {@code partnerId} parameter naming another partner is
 * {@code INVALID_KS} (KALTURA-WIRE section 4).
 */
record Who(String tenant, Integer partnerId) {

    /**
     * @param partnerIdOf the partner id of a tenant, from the configured partners; empty when none is (then a
     *                    tenant that is an int is taken as its own partner id)
     */
    static Who of(KalturaCall call, Function<String, Optional<Integer>> partnerIdOf) {
        String tenant = call.requireCaller().organization();
        Integer id = partnerIdOf.apply(tenant).orElseGet(() -> asInt(tenant));
        String expected = id == null ? tenant : id.toString();
        call.params().string("partnerId").filter(p -> !p.isBlank()).ifPresent(given -> {
            if (!given.trim().equals(expected)) {
                throw KalturaException.invalidKs("the KS was not started for partner " + given.trim());
            }
        });
        return new Who(tenant, id);
    }

    private static Integer asInt(String tenant) {
        try {
            return Integer.valueOf(tenant);
        } catch (NumberFormatException notInt) {
            return null;
        }
    }
}
