package org.syndicast.distribution.api.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.syndicast.distribution.api.InvalidInputException;

/**
 * The targets of every channel, offered by the distribution core over Configuration Admin. A channel's default
 * target is its own configuration PID (e.g. {@code org.syndicast.channel.ftp}); further targets are factory
 * configurations of {@code {pid}.target} (e.g. {@code org.syndicast.channel.ftp.target~partner-a}, or the file
 * {@code etc/org.syndicast.channel.ftp.target-partner-a.cfg}) with the same keys. Each target the channel bundle
 * accepted is one {@code DistributionService} with the service properties
 * {@code distribution.channel}, {@value #TARGET_PROPERTY} and {@value #FACTORY_PID_PROPERTY}.
 *
 * <p>Secrets (keys starting with a dot: {@code .password}, {@code .secret.key}, ...) are write-only: they are
 * never returned, logged or copied into service properties. {@link #put} keeps a secret it is not given and
 * removes one it is given empty.
 */
public interface ChannelTargets {

    /** The service property naming a channel service's target, e.g. {@code distribution.target=partner-a}. */
    String TARGET_PROPERTY = "distribution.target";

    /** The service property naming the factory PID of a channel's further targets, e.g. {@code org.syndicast.channel.ftp.target}. */
    String FACTORY_PID_PROPERTY = "distribution.target.factory.pid";

    /** The name of a channel's default target: its own configuration PID. */
    String DEFAULT_TARGET = "default";

    /** Letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, at most 64 characters. */
    Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The targets of a channel whose bundle is present, the default first, then by name. */
    List<ChannelTarget> list(String channel);

    /** One target, when configured; the default target of a present channel always is. */
    Optional<ChannelTarget> get(String channel, String name);

    /**
     * Creates or changes a target: its configuration becomes {@code properties}, except that a secret key that
     * is absent keeps its stored value and one given as an empty string is removed. Takes effect live.
     *
     * @return the target as stored (without secret values)
     * @throws InvalidInputException for an invalid name ({@code INVALID_TARGET}) or a reserved key
     * @throws org.syndicast.distribution.api.ChannelUnavailableException when the channel's bundle is absent
     */
    ChannelTarget put(String channel, String name, Map<String, String> properties);

    /**
     * Deletes a further target; its service goes away and jobs for it wait until it is configured again.
     *
     * @return whether there was such a target
     * @throws InvalidInputException {@code DEFAULT_TARGET} for the default target, which cannot be removed
     */
    boolean remove(String channel, String name);

    /** Whether a configuration key is a secret: it starts with a dot (a private property in Configuration Admin). */
    static boolean isSecret(String key) {
        return key != null && key.startsWith(".");
    }

    /** Whether {@code name} may name a target: see {@link #NAME}. */
    static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * {@code name} when it may name a target.
     *
     * @throws InvalidInputException {@code INVALID_TARGET} otherwise
     */
    static String requireName(String name) {
        if (!isValidName(name)) {
            throw new InvalidInputException("INVALID_TARGET", "A target name is 1 to 64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        return name;
    }

    /**
     * The target a channel service serves, from its service properties: {@value #TARGET_PROPERTY} when set,
     * else the name of its factory configuration ({@code service.pid} {@code {factoryPid}~{name}}), else the
     * default target.
     */
    static String targetOf(Map<String, ?> serviceProperties) {
        Object target = serviceProperties.get(TARGET_PROPERTY);
        if (target != null && !target.toString().isEmpty()) {
            return target.toString();
        }
        Object pid = serviceProperties.get("service.pid");
        if (pid != null && pid.toString().indexOf('~') > 0) {
            return pid.toString().substring(pid.toString().indexOf('~') + 1);
        }
        return DEFAULT_TARGET;
    }
}
