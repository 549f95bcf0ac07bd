package org.syndicast.channel.ftp.impl;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.DistributionService;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * One further target of the {@code ftp} channel: a factory configuration of {@value FtpChannelConfig#TARGET_PID}
 * ({@code org.syndicast.channel.ftp.target~{name}}, or the file {@code etc/org.syndicast.channel.ftp.target-{name}.cfg}) with the keys of the
 * default target. It registers its own {@link FtpDistributionService} with {@code distribution.channel=ftp},
 * {@code distribution.target={name}} and the factory PID; the registration is made here rather than by DS
 * because the target's name is part of the configuration's PID, not one of its properties. Secrets (the keys
 * starting with a dot) are private properties and never reach the service properties.
 */
@Component(service = {}, configurationPid = FtpChannelConfig.TARGET_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FtpChannelConfig.class, factory = true)
public final class FtpTargetComponent {
    private static final Logger LOG = LoggerFactory.getLogger(FtpTargetComponent.class);

    private final String name;
    private final FtpDistributionService service;
    private final ServiceRegistration<DistributionService> registration;

    @Activate
    public FtpTargetComponent(BundleContext context, FtpChannelConfig config, Map<String, Object> properties) {
        this.name = nameOf(properties);
        this.service = new FtpDistributionService(ChannelSettings.from(config));
        Dictionary<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put(DistributionService.CHANNEL_PROPERTY, "ftp");
        serviceProperties.put(ChannelTargets.TARGET_PROPERTY, name);
        serviceProperties.put(ChannelTargets.FACTORY_PID_PROPERTY, FtpChannelConfig.TARGET_PID);
        this.registration = context.registerService(DistributionService.class, service, serviceProperties);
        LOG.info("FTP channel target '{}' is available", name);
    }

    /** The target name from the factory configuration's PID; SCR logs the refusal of an unusable one. */
    static String nameOf(Map<String, Object> properties) {
        String name = ChannelTargets.targetOf(properties);
        if (ChannelTargets.DEFAULT_TARGET.equals(name) || !ChannelTargets.isValidName(name)) {
            throw new IllegalArgumentException("A ftp target needs a factory configuration named like "
                    + FtpChannelConfig.TARGET_PID + "~partner-a (letters, digits, '.', '_', '-'; not 'default'), not "
                    + properties.get("service.pid"));
        }
        return name;
    }

    @Modified
    void modified(FtpChannelConfig config) {
        service.modified(config);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("Target '{}' was already unregistered", name, e);
        }
        service.deactivate();
        LOG.info("FTP channel target '{}' is gone", name);
    }
}
