package org.syndicast.distribution.core.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.target.ChannelTarget;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * Channel targets kept in Configuration Admin: the default target is the channel's PID, every other target a
 * factory configuration {@code {pid}.target~{name}} (what Karaf's file install makes of
 * {@code etc/{pid}.target-{name}.cfg}). A channel names its factory PID in the service property
 * {@value ChannelTargets#FACTORY_PID_PROPERTY}, so the core knows no channel by name. Secrets are write-only:
 * answers carry only the names of the secrets that are set, and {@link #put} merges them (absent: kept,
 * empty: removed). Log lines name targets and keys, never values.
 */
@Component(service = ChannelTargets.class)
public final class ConfigAdminChannelTargets implements ChannelTargets {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigAdminChannelTargets.class);
    private static final String TARGET_SUFFIX = ".target";
    /** Keys Configuration Admin, file install or the target naming own: never set through {@link #put}. */
    private static final Set<String> RESERVED = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename", DistributionService.CHANNEL_PROPERTY, TARGET_PROPERTY, FACTORY_PID_PROPERTY,
            "component.name", "component.id");

    private final ConfigurationAdmin admin;
    private final ChannelRegistry channels = new ChannelRegistry();

    @Activate
    public ConfigAdminChannelTargets(@Reference ConfigurationAdmin admin) {
        this.admin = admin;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindChannel(DistributionService service, Map<String, Object> properties) {
        channels.add(service, properties);
    }

    void unbindChannel(DistributionService service, Map<String, Object> properties) {
        channels.remove(service, properties);
    }

    @Override
    public List<ChannelTarget> list(String channel) {
        String factoryPid = factoryPid(channel);
        List<ChannelTarget> out = new ArrayList<>();
        out.add(shown(channel, DEFAULT_TARGET, defaultPid(factoryPid), find(defaultPid(factoryPid))));
        List<ChannelTarget> named = new ArrayList<>();
        for (Configuration c : configurations("(service.factoryPid=" + escape(factoryPid) + ")")) {
            nameOf(c.getPid(), factoryPid).ifPresent(name -> named.add(shown(channel, name, c.getPid(), Optional.of(c))));
        }
        named.sort(Comparator.comparing(ChannelTarget::name));
        out.addAll(named);
        return out;
    }

    @Override
    public Optional<ChannelTarget> get(String channel, String name) {
        String factoryPid = factoryPid(channel);
        if (DEFAULT_TARGET.equals(name)) {
            return Optional.of(shown(channel, name, defaultPid(factoryPid), find(defaultPid(factoryPid))));
        }
        if (!ChannelTargets.isValidName(name)) {
            return Optional.empty();
        }
        String pid = factoryPid + "~" + name;
        return find(pid).map(c -> shown(channel, name, pid, Optional.of(c)));
    }

    @Override
    public ChannelTarget put(String channel, String name, Map<String, String> properties) {
        ChannelTargets.requireName(name);
        for (String key : properties.keySet()) {
            if (key == null || key.isBlank() || RESERVED.contains(key)) {
                throw new InvalidInputException("INVALID_TARGET_KEY", "'" + key + "' cannot be set on a target");
            }
        }
        String factoryPid = factoryPid(channel);
        try {
            Configuration c = DEFAULT_TARGET.equals(name) ? admin.getConfiguration(defaultPid(factoryPid), "?")
                    : admin.getFactoryConfiguration(factoryPid, name, "?");
            c.update(merged(c.getProperties(), properties));
            LOG.info("Target '{}' of channel '{}' configured ({}), keys {}", name, channel, c.getPid(),
                    new java.util.TreeSet<>(properties.keySet()));
            return shown(channel, name, c.getPid(), Optional.of(c));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store target '" + name + "' of channel '" + channel + "'", e);
        }
    }

    @Override
    public boolean remove(String channel, String name) {
        if (DEFAULT_TARGET.equals(name)) {
            throw new InvalidInputException("DEFAULT_TARGET", "The default target of a channel cannot be removed");
        }
        if (!ChannelTargets.isValidName(name)) {
            return false;
        }
        Optional<Configuration> c = find(factoryPid(channel) + "~" + name);
        if (c.isEmpty()) {
            return false;
        }
        try {
            c.get().delete();
            LOG.info("Target '{}' of channel '{}' removed", name, channel);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove target '" + name + "' of channel '" + channel + "'", e);
        }
    }

    /** The stored properties with {@code given} applied: secrets absent from it kept, empty ones removed. */
    static Dictionary<String, Object> merged(Dictionary<String, Object> stored, Map<String, String> given) {
        Hashtable<String, Object> out = new Hashtable<>();
        if (stored != null) {
            for (String key : Collections.list(stored.keys())) {
                if (ChannelTargets.isSecret(key) || "felix.fileinstall.filename".equals(key)) {
                    out.put(key, stored.get(key));
                }
            }
        }
        given.forEach((key, value) -> {
            if (ChannelTargets.isSecret(key) && (value == null || value.isEmpty())) {
                out.remove(key);
            } else if (value != null) {
                out.put(key, value);
            }
        });
        return out;
    }

    private ChannelTarget shown(String channel, String name, String pid, Optional<Configuration> c) {
        Map<String, String> visible = new HashMap<>();
        Set<String> secrets = new HashSet<>();
        Dictionary<String, Object> props = c.map(Configuration::getProperties).orElse(null);
        if (props != null) {
            for (String key : Collections.list(props.keys())) {
                Object value = props.get(key);
                if (ChannelTargets.isSecret(key)) {
                    if (value != null && !value.toString().isEmpty()) {
                        secrets.add(key);
                    }
                } else if (!RESERVED.contains(key)) {
                    visible.put(key, text(value));
                }
            }
        }
        return new ChannelTarget(channel, name, pid, visible, secrets, channels.service(channel, name).isPresent());
    }

    private String factoryPid(String channel) {
        return channels.factoryPid(channel).orElseThrow(() -> new ChannelUnavailableException(channel));
    }

    private static String defaultPid(String factoryPid) {
        return factoryPid.endsWith(TARGET_SUFFIX)
                ? factoryPid.substring(0, factoryPid.length() - TARGET_SUFFIX.length()) : factoryPid;
    }

    private static Optional<String> nameOf(String pid, String factoryPid) {
        String prefix = factoryPid + "~";
        return pid.startsWith(prefix) ? Optional.of(pid.substring(prefix.length())) : Optional.empty();
    }

    private Optional<Configuration> find(String pid) {
        List<Configuration> found = configurations("(service.pid=" + escape(pid) + ")");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Configuration> configurations(String filter) {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", parts);
        }
        return String.valueOf(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }
}
