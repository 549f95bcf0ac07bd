package org.syndicast.session.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks a user name and password against a JAAS realm (Karaf's, by default) and remembers successes for a
 * short while, keyed by a hash of the credentials, so that a busy client does not cost a realm check per call.
 * Karaf's realms put roles in principals of a class named {@code RolePrincipal}; they are recognised by that
 * name so that this bundle needs no Karaf import.
 */
final class JaasRealm implements PasswordCheck {
    private static final int MAX_CACHED = 1024;

    private final String realm;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Set<String> roles, long until) {
    }

    JaasRealm(String realm, int cacheSeconds) {
        this.realm = realm;
        this.cacheMillis = Math.max(0, cacheSeconds) * 1000L;
    }

    @Override
    public Optional<Set<String>> roles(String user, String password) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        String key = hash(user, password);
        long now = System.currentTimeMillis();
        Cached hit = cache.get(key);
        if (hit != null && hit.until() > now) {
            return Optional.of(hit.roles());
        }
        Optional<Set<String>> roles = login(user, password);
        if (roles.isPresent() && cacheMillis > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Cached(roles.get(), now + cacheMillis));
        }
        return roles;
    }

    private Optional<Set<String>> login(String user, String password) {
        Subject subject = new Subject();
        // Karaf's JAAS proxy module is on the system class path; LoginContext loads modules through the TCCL.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password)).login();
            return Optional.of(subject.getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal")).map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof NameCallback n) {
                n.setName(user);
            } else if (c instanceof PasswordCallback p) {
                p.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }

    private static String hash(String user, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(user.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
