package org.syndicast.kaltura.distribution.impl;

/**
 * The secrets a change carried, on their way to the channel target. {@code null} means "not given, keep";
 * an empty text means "remove". Never printed.
 */
final class Secrets {
    String password;
    String privateKey;

    @Override
    public String toString() {
        return "Secrets[password " + (password == null ? "kept" : "given") + ", key "
                + (privateKey == null ? "kept" : "given") + "]";
    }
}
