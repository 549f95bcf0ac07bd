package org.syndicast.channel.s3.impl;

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
 * One further target of the {@code s3} channel: a factory configuration of {@value S3ChannelConfig#TARGET_PID}
 * ({@code org.syndicast.channel.s3.target~{name}}, or the file {@code etc/org.syndicast.channel.s3.target-{name}.cfg}) with the keys of the
 * default target. It registers its own {@link S3DistributionService} with {@code distribution.channel=s3},
 * {@code distribution.target={name}} and the factory PID; the registration is made here rather than by DS
 * because the target's name is part of the configuration's PID, not one of its properties. Secrets (the keys
 * starting with a dot) are private properties and never reach the service properties.
 */
@Component(service = {}, configurationPid = S3ChannelConfig.TARGET_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = S3ChannelConfig.class, factory = true)
public final class S3TargetComponent {
    private static final Logger LOG = LoggerFactory.getLogger(S3TargetComponent.class);

    private final S3DistributionService service;
    private final TargetRegistration registration;

    @Activate
    public S3TargetComponent(BundleContext context, S3ChannelConfig config, Map<String, Object> properties) {
        String name = TargetRegistration.nameOf("s3", S3ChannelConfig.TARGET_PID, properties);
        this.service = new S3DistributionService(S3Settings.from(config), S3Clients::target);
        this.registration = TargetRegistration.register(context, "s3", S3ChannelConfig.TARGET_PID, name, service);
        LOG.info("S3 channel target '{}' is available", name);
    }

    @Modified
    void modified(S3ChannelConfig config) {
        service.modified(config);
    }

    @Deactivate
    void deactivate() {
        registration.close();
        service.deactivate();
        LOG.info("S3 channel target '{}' is gone", registration.name());
    }
}
