package org.syndicast.channel.ftp.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated, immutable snapshot of {@link FtpChannelConfig}. The component keeps the current one and swaps
 * it whole on a configuration change, so a running transfer always sees one consistent set of values. Secrets
 * are {@link Secret}s: this record's {@code toString} does not show them.
 */
record ChannelSettings(Protocol protocol, String host, int port, RemoteLayout layout, String username, Secret password,
        Optional<Path> privateKey, Secret passphrase, Path knownHosts, boolean strictHostKeyChecking,
        Optional<Path> trustStore, Secret trustStorePassword, String trustStoreType, boolean trustAll, boolean passive,
        Duration connectTimeout, Duration dataTimeout, int poolMaxIdle, Duration poolIdleTimeout) {

    ChannelSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(layout, "layout");
    }

    /**
     * Validates a configuration.
     *
     * @throws IllegalArgumentException saying which key is wrong; SCR logs it and keeps the component inactive
     *                                  (at start) or the previous settings (on a change)
     */
    static ChannelSettings from(FtpChannelConfig c) {
        Protocol protocol = Protocol.of(c.protocol());
        String host = host(c.host());
        if (c.port() < 0 || c.port() > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + c.port());
        }
        int port = c.port() == 0 ? protocol.defaultPort() : c.port();
        String username = trim(c.username());
        if (username.isEmpty() || username.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("username must be set and printable");
        }
        Optional<Path> key = optionalPath(c.private_key_path());
        Secret password = new Secret(c._password());
        if (protocol == Protocol.SFTP && key.isEmpty() && password.isEmpty() && !host.isEmpty()) {
            throw new IllegalArgumentException("sftp needs .password or private.key.path");
        }
        String etc = System.getProperty("karaf.etc", System.getProperty("karaf.base", ".") + "/etc");
        Path knownHosts = optionalPath(c.known_hosts_path()).orElse(Path.of(etc, "known_hosts"));
        RemoteLayout layout = RemoteLayout.of(protocol, host, port, c.base_path(), publicUrl(c.public_url()));
        return new ChannelSettings(protocol, host, port, layout, username, password, key,
                new Secret(c._private_key_passphrase()), knownHosts, c.strict_host_key_checking(),
                optionalPath(c.trust_store_path()), new Secret(c._trust_store_password()),
                trim(c.trust_store_type()).isEmpty() ? "PKCS12" : trim(c.trust_store_type()), c.trust_all(), c.passive(),
                positive("connect.timeout.ms", c.connect_timeout_ms()), positive("data.timeout.ms", c.data_timeout_ms()),
                Math.max(0, c.pool_max_idle()), positive("pool.idle.timeout.ms", c.pool_idle_timeout_ms()));
    }

    /** What this target is, for logs: protocol, user, host, port and base; never a secret. */
    String describe() {
        String auth = protocol == Protocol.SFTP
                ? (privateKey.isPresent() ? "key " + privateKey.get() : "password")
                        + (strictHostKeyChecking ? ", known hosts " + knownHosts : ", HOST KEYS NOT CHECKED")
                : protocol.isTls() ? (trustAll ? "TLS, CERTIFICATES NOT CHECKED"
                        : "TLS, trust " + trustStore.map(Path::toString).orElse("JVM default")) : "plain";
        return protocol.configName() + " " + username + "@" + host + ":" + port + " base '" + layout.basePath() + "' ("
                + auth + (protocol.isFtp() ? passive ? ", passive" : ", active" : "") + ")";
    }

    /** Whether a server is configured at all; until then every distribution fails with NOT_CONFIGURED. */
    boolean configured() {
        return !host.isEmpty();
    }

    private static String host(String value) {
        String h = trim(value);
        if (h.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch)
                || ch == '/' || ch == '@')) {
            throw new IllegalArgumentException("host must be a host name or address: '" + h + "'");
        }
        return h;
    }

    private static Optional<URI> publicUrl(String value) {
        String v = trim(value);
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "public.url must be an absolute http(s) URL without credentials, query or fragment: " + v);
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("public.url is not a valid URL: " + v, e);
        }
    }

    private static Optional<Path> optionalPath(String value) {
        String v = trim(value);
        return v.isEmpty() ? Optional.empty() : Optional.of(Path.of(v).toAbsolutePath().normalize());
    }

    private static Duration positive(String key, int millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException(key + " must be positive: " + millis);
        }
        return Duration.ofMillis(millis);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
