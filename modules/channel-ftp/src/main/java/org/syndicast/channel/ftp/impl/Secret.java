package org.syndicast.channel.ftp.impl;

/**
 * A password or passphrase from the configuration. Its {@code toString} never shows the value, so that a secret
 * cannot reach a log line or an error message by accident.
 */
record Secret(String value) {
    static final Secret NONE = new Secret("");

    Secret {
        value = value == null ? "" : value;
    }

    boolean isEmpty() {
        return value.isEmpty();
    }

    char[] chars() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(none)" : "(secret)";
    }
}
