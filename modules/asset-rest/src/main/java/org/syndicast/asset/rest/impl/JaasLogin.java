package org.syndicast.asset.rest.impl;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * One password check against a JAAS realm: the user's roles when the realm accepts the password. Karaf's
 * realms put roles in principals of a class named {@code RolePrincipal}; they are recognised by that name so
 * that this bundle needs no Karaf import.
 */
final class JaasLogin {
    private final String realm;

    JaasLogin(String realm) {
        this.realm = realm;
    }

    Optional<Set<String>> roles(String user, String password) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // the realm's login modules are found through the context class loader; Karaf's proxy is on the system one
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            new LoginContext(realm, subject, callbacks -> fill(callbacks, user, password)).login();
            return Optional.of(subject.getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal")).map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static void fill(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof NameCallback name) {
                name.setName(user);
            } else if (c instanceof PasswordCallback pw) {
                pw.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }
}
