package org.syndicast.channel.ftp.impl;

import java.util.Locale;

/** The transfer protocols of the channel, with their configuration names, default ports and URL schemes. */
enum Protocol {
    FTP("ftp", 21, "ftp"),
    FTPS_EXPLICIT("ftps-explicit", 21, "ftp"),
    FTPS_IMPLICIT("ftps-implicit", 990, "ftps"),
    SFTP("sftp", 22, "sftp");

    private final String configName;
    private final int defaultPort;
    private final String scheme;

    Protocol(String configName, int defaultPort, String scheme) {
        this.configName = configName;
        this.defaultPort = defaultPort;
        this.scheme = scheme;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    static Protocol of(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Protocol p : values()) {
            if (p.configName.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("protocol must be ftp, ftps-explicit, ftps-implicit or sftp: '" + value + "'");
    }

    String configName() {
        return configName;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The scheme of distributed URLs when no public URL is configured (explicit FTPS is plain ftp:// in URLs). */
    String scheme() {
        return scheme;
    }

    boolean isFtp() {
        return this != SFTP;
    }

    boolean isTls() {
        return this == FTPS_EXPLICIT || this == FTPS_IMPLICIT;
    }
}
