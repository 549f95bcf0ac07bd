package org.syndicast.distribution.api.target;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.syndicast.distribution.api.DistributionService;

/**
 * The registration of one further target of a channel: the {@link DistributionService} of a factory configuration
 * {@code {factoryPid}~{name}}, with {@code distribution.channel}, {@code distribution.target} and
 * {@code distribution.target.factory.pid} set. A channel's factory component makes it rather than DS, because a
 * target's name is part of its configuration's PID, not one of its properties. Only these three properties are
 * published: no configuration value, and so no secret, ever becomes a service property.
 */
public final class TargetRegistration implements AutoCloseable {
    private final String channel;
    private final String name;
    private final ServiceRegistration<DistributionService> registration;

    private TargetRegistration(String channel, String name, ServiceRegistration<DistributionService> registration) {
        this.channel = channel;
        this.name = name;
        this.registration = registration;
    }

    /**
     * The name of the target a factory configuration configures.
     *
     * @param componentProperties the component's properties (they hold {@code service.pid})
     * @throws IllegalArgumentException for a configuration whose name is not a valid target name, or is
     *                                  {@value ChannelTargets#DEFAULT_TARGET}: SCR logs it and the target stays off
     */
    public static String nameOf(String channel, String factoryPid, Map<String, ?> componentProperties) {
        String name = ChannelTargets.targetOf(componentProperties);
        if (ChannelTargets.DEFAULT_TARGET.equals(name) || !ChannelTargets.isValidName(name)) {
            throw new IllegalArgumentException("A " + channel + " target needs a factory configuration named like "
                    + factoryPid + "~partner-a (letters, digits, '.', '_', '-'; not 'default'), not "
                    + componentProperties.get("service.pid"));
        }
        return name;
    }

    /** Registers {@code service} as the target {@code name} of {@code channel}. */
    public static TargetRegistration register(BundleContext context, String channel, String factoryPid, String name,
            DistributionService service) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DistributionService.CHANNEL_PROPERTY, channel);
        properties.put(ChannelTargets.TARGET_PROPERTY, name);
        properties.put(ChannelTargets.FACTORY_PID_PROPERTY, factoryPid);
        return new TargetRegistration(channel, name,
                context.registerService(DistributionService.class, service, properties));
    }

    public String channel() {
        return channel;
    }

    public String name() {
        return name;
    }

    /** Unregisters the service; a registration the framework already removed (bundle stopping) is fine. */
    @Override
    public void close() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping: the framework has unregistered it
        }
    }
}
