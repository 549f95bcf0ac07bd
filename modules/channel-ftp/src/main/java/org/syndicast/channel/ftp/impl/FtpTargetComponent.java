package org.syndicast.channel.ftp.impl;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.syndicast.distribution.api.target.TargetRegistration;

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

    private final FtpDistributionService service;
    private final TargetRegistration registration;

    @Activate
    public FtpTargetComponent(BundleContext context, FtpChannelConfig config, Map<String, Object> properties) {
        String name = TargetRegistration.nameOf("ftp", FtpChannelConfig.TARGET_PID, properties);
        this.service = new FtpDistributionService(ChannelSettings.from(config));
        this.registration = TargetRegistration.register(context, "ftp", FtpChannelConfig.TARGET_PID, name, service);
        LOG.info("FTP channel target '{}' is available", name);
    }

    @Modified
    void modified(FtpChannelConfig config) {
        service.modified(config);
    }

    @Deactivate
    void deactivate() {
        registration.close();
        service.deactivate();
        LOG.info("FTP channel target '{}' is gone", registration.name());
    }
}
