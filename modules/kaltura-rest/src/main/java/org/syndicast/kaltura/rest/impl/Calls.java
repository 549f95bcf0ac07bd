package org.syndicast.kaltura.rest.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.api.auth.Authentication;
import org.syndicast.kaltura.api.KObject;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.KalturaService;
import org.syndicast.kaltura.api.KalturaSessions;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.api.RawData;

/**
 * Runs calls on the registered services: one call, or a multirequest's calls in ascending key order, each with
 * its own outcome (a failed call does not stop the others). Every failure becomes an {@link Outcome.Failure};
 * an unexpected one is logged once under a reference the client gets instead of a stack trace.
 */
final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

    private final ServiceRegistry services;
    private final Authentication authentication;
    private final Supplier<KalturaSessions> sessions;

    Calls(ServiceRegistry services, Authentication authentication, Supplier<KalturaSessions> sessions) {
        this.services = services;
        this.authentication = authentication;
        this.sessions = sessions;
    }

    /** One call; service and action from the path, or else from the parameters {@code service} and {@code action}. */
    Outcome one(String service, String action, Map<String, Object> tree, Uploads uploads) {
        return run(service, action, tree, uploads, "");
    }

    /**
     * A multirequest: the calls are the members with a numeric key, run in ascending key order; the top-level
     * {@code ks} and {@code partnerId} apply to calls without their own.
     */
    List<Outcome> many(Map<String, Object> tree, Uploads uploads) {
        TreeMap<Long, String> keys = new TreeMap<>();
        for (String k : tree.keySet()) {
            if (k.matches("\\d{1,9}")) {
                keys.put(Long.valueOf(k), k);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String key : keys.values()) {
            Object value = tree.get(key);
            if (!(value instanceof Map<?, ?>)) {
                outcomes.add(Outcome.failed(KalturaException.missingParameter(key + ":service")));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> call = ParamTree.copy((Map<String, Object>) value);
            inherit(call, tree, "ks");
            inherit(call, tree, "partnerId");
            try {
                References.resolve(call, outcomes);
            } catch (KalturaException e) {
                outcomes.add(Outcome.failed(e));
                continue;
            }
            outcomes.add(run(null, null, call, uploads, key + ":"));
        }
        return outcomes;
    }

    private static void inherit(Map<String, Object> call, Map<String, Object> top, String name) {
        boolean own = call.get(name) != null && !"".equals(call.get(name));
        if (!own && top.get(name) != null) {
            call.remove(name + "__null");
            call.put(name, top.get(name));
        }
    }

    private Outcome run(String service, String action, Map<String, Object> tree, Uploads uploads, String prefix) {
        try {
            Params params = Params.of(tree);
            String s = service != null ? service : params.string("service").orElse(null);
            String a = action != null ? action : params.string("action").orElse(null);
            if (s == null || s.isBlank()) {
                throw KalturaException.missingParameter("service");
            }
            KalturaService target = services.find(s.trim()).orElseThrow(() -> KalturaException.serviceDoesNotExist(s));
            if (a == null || a.isBlank()) {
                throw KalturaException.actionDoesNotExist(s, "");
            }
            CallContext call = new CallContext(s, a, params, authentication, sessions, uploads, prefix);
            return Outcome.of(checked(target.call(a.trim(), call), s, a));
        } catch (KalturaException e) {
            return Outcome.failed(e);
        } catch (AccessDeniedException e) {
            return Outcome.failed(CallContext.denied(e));
        } catch (InvalidInputException e) {
            return Outcome.failed(new KalturaException(code(e.code()), e.getMessage()));
        } catch (RuntimeException e) {
            return Outcome.failed(unexpected(e));
        }
    }

    private static Object checked(Object result, String service, String action) {
        if (result == null || result instanceof KObject || result instanceof String || result instanceof Integer
                || result instanceof Long || result instanceof Boolean || result instanceof RawData) {
            return result;
        }
        throw new IllegalStateException("service " + service + " answered " + action + " with a "
                + result.getClass().getName());
    }

    private static String code(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9_]*") ? code : KalturaException.PROPERTY_VALIDATION_WRONG_FORMAT;
    }

    static KalturaException unexpected(Throwable e) {
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected error in a Kaltura call, reference {}", ref, e);
        return new KalturaException(KalturaException.INTERNAL_SERVER_ERROR,
                "Internal error; the server log has it under reference " + ref);
    }
}
