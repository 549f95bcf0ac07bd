package org.syndicast.kaltura.rest.impl;

import java.util.Optional;
import java.util.function.Supplier;

import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.distribution.api.auth.Caller;
import org.syndicast.distribution.api.auth.RequestCredentials;
import org.syndicast.kaltura.api.KalturaCall;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaSession;
import org.syndicast.kaltura.api.KalturaSessions;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.api.Upload;

/**
 * One call as its service sees it. The caller is asked of the one {@link Authentication} service with the KS as
 * the request parameter {@code ks} and nothing else (no header, no cookie: this wire authenticates by KS only),
 * once per call.
 */
final class CallContext implements KalturaCall {
    private final String service;
    private final String action;
    private final Params params;
    private final Authentication authentication;
    private final Supplier<KalturaSessions> sessions;
    private final Uploads uploads;
    private final String uploadPrefix;
    private Optional<Caller> caller;

    CallContext(String service, String action, Params params, Authentication authentication,
            Supplier<KalturaSessions> sessions, Uploads uploads, String uploadPrefix) {
        this.service = service;
        this.action = action;
        this.params = params;
        this.authentication = authentication;
        this.sessions = sessions;
        this.uploads = uploads;
        this.uploadPrefix = uploadPrefix;
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public synchronized Optional<Caller> caller() {
        if (caller == null) {
            caller = identify();
        }
        return caller;
    }

    private Optional<Caller> identify() {
        Optional<String> ks = ks();
        if (ks.isEmpty()) {
            return Optional.empty();
        }
        RequestCredentials credentials = RequestCredentials.of(n -> null, n -> null, n -> "ks".equals(n) ? ks.get() : null);
        try {
            Optional<Caller> found = authentication.identify(credentials);
            if (found.isEmpty()) {
                throw KalturaException.invalidKs("no verifier recognises it");
            }
            return found;
        } catch (AccessDeniedException e) {
            throw denied(e);
        }
    }

    /** A verifier's refusal in Kaltura's words: its own Kaltura code when it gave one, else INVALID_KS. */
    static KalturaException denied(AccessDeniedException e) {
        String code = e.code();
        String message = e.getMessage() == null || e.getMessage().isEmpty() ? "refused" : e.getMessage();
        if (e.status() == 403) {
            return new KalturaException(KalturaException.SERVICE_FORBIDDEN, message);
        }
        if (code == null || code.equals("UNAUTHORIZED") || !code.matches("[A-Z][A-Z0-9_]*")) {
            return KalturaException.invalidKs(message);
        }
        return new KalturaException(code, message);
    }

    @Override
    public Optional<KalturaSession> session() {
        Optional<String> ks = ks();
        if (ks.isEmpty()) {
            return Optional.empty();
        }
        KalturaSessions reader = sessions.get();
        if (reader == null) {
            throw KalturaException.invalidKs("no KS reader is installed");
        }
        return Optional.of(reader.verify(ks.get()));
    }

    @Override
    public Optional<Upload> file(String parameter) {
        Optional<Upload> own = uploads.get(uploadPrefix + parameter);
        return own.isPresent() || uploadPrefix.isEmpty() ? own : uploads.get(parameter);
    }

    private Optional<String> ks() {
        return params.string("ks").map(String::trim).filter(s -> !s.isEmpty());
    }
}
