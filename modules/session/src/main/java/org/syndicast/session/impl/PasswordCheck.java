package org.syndicast.session.impl;

import java.util.Optional;
import java.util.Set;

/** A password check: the user's roles when the password is right, empty otherwise (never an exception). */
interface PasswordCheck {
    Optional<Set<String>> roles(String user, String password);
}
