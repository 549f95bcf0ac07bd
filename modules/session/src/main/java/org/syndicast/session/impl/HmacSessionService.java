package org.syndicast.session.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.auth.Session;
import org.syndicast.distribution.api.auth.SessionService;

/**
 * Session keys signed with HMAC-SHA256. The secret comes from the configuration's private {@code .secret}
 * property, or else from a file that is generated (256 random bits, owner-only) on first start, so keys
 * survive restarts. Keys are never logged.
 */
@Component(service = SessionService.class, configurationPid = "org.syndicast.session")
@Designate(ocd = SessionConfig.class)
public final class HmacSessionService implements SessionService {
    private static final Logger LOG = LoggerFactory.getLogger(HmacSessionService.class);
    private static final int MIN_SECRET = 32;

    private final SessionKeys keys;

    @Activate
    public HmacSessionService(SessionConfig config) {
        this(new SessionKeys(secret(config)));
    }

    HmacSessionService(SessionKeys keys) {
        this.keys = keys;
    }

    @Override
    public String issue(String user, String organization, Set<String> roles, Duration validity) {
        Instant expires = Instant.now().plus(validity.isNegative() ? Duration.ZERO : validity);
        return keys.issue(new Session(user, organization, roles, expires));
    }

    @Override
    public Optional<Session> verify(String key) {
        return keys.verify(key, Instant.now());
    }

    static byte[] secret(SessionConfig config) {
        String configured = config._secret();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_SECRET) {
                throw new IllegalArgumentException("The session secret must be at least " + MIN_SECRET + " characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = config.secret_file() == null || config.secret_file().isBlank()
                ? Paths.get(System.getProperty("karaf.etc", "etc"), "syndicast-session.secret")
                : Paths.get(config.secret_file().trim());
        try {
            return fromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session secret file " + file, e);
        }
    }

    /** Reads the secret file, creating it first when it does not exist. */
    static byte[] fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's protection has to do
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a new session secret in {}", file);
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (text.length() < MIN_SECRET) {
            throw new IOException("the secret in it is shorter than " + MIN_SECRET + " characters");
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
