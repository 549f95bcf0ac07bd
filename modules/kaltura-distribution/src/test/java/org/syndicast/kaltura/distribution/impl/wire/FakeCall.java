package org.syndicast.kaltura.distribution.impl.wire;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaSession;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.api.Upload;

/** A call as the wire would hand it over: parameters and the caller its KS proved (none for no KS). */
record FakeCall(String partner, Params params, String user) implements KalturaCall {

    static FakeCall of(String partner, Map<String, ?> params) {
        return new FakeCall(partner, Params.of(params), "admin");
    }

    @Override
    public String service() {
        return "contentdistribution_distributionprofile";
    }

    @Override
    public String action() {
        return "an-action";
    }

    @Override
    public Optional<Caller> caller() {
        return partner == null ? Optional.empty() : Optional.of(new Caller(user, Set.of(), partner, "ks"));
    }

    @Override
    public Optional<KalturaSession> session() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Upload> file(String parameter) {
        return Optional.empty();
    }
}
