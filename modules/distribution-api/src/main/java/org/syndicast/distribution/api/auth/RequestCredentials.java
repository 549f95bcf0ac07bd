package org.syndicast.distribution.api.auth;

import java.util.Optional;
import java.util.function.Function;

/**
 * The places of a request where credentials can be, independent of servlet or JAX-RS: headers
 * ({@code Authorization}), cookies ({@code entermedia.key}) and request parameters (Kaltura's {@code ks},
 * which a dialect reads from its own parsed body). Each lookup answers empty when the request has none.
 */
public interface RequestCredentials {

    Optional<String> header(String name);

    Optional<String> cookie(String name);

    Optional<String> parameter(String name);

    /** Credentials read through three lookups; each may return null for "absent". */
    static RequestCredentials of(Function<String, String> headers, Function<String, String> cookies,
            Function<String, String> parameters) {
        return new RequestCredentials() {
            @Override
            public Optional<String> header(String name) {
                return Optional.ofNullable(headers.apply(name)).filter(v -> !v.isEmpty());
            }

            @Override
            public Optional<String> cookie(String name) {
                return Optional.ofNullable(cookies.apply(name)).filter(v -> !v.isEmpty());
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(parameters.apply(name)).filter(v -> !v.isEmpty());
            }
        };
    }

    /** Only an {@code Authorization} header (null for none). */
    static RequestCredentials ofAuthorization(String authorization) {
        return of(n -> "Authorization".equalsIgnoreCase(n) ? authorization : null, n -> null, n -> null);
    }
}
