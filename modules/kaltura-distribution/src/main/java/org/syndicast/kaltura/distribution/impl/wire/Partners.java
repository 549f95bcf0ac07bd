package org.syndicast.kaltura.distribution.impl.wire;

import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;

/** The partner a call acts for: the KS's. A {@code partnerId} parameter naming another partner is {@code INVALID_KS}. */
final class Partners {
    private Partners() {
    }

    static String of(KalturaCall call) {
        String partner = call.requireCaller().organization();
        call.params().string("partnerId").filter(p -> !p.isBlank()).ifPresent(given -> {
            if (!given.trim().equals(partner)) {
                throw KalturaException.invalidKs("the KS was not started for partner " + given.trim());
            }
        });
        return partner;
    }
}
