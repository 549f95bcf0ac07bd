package org.syndicast.kaltura.session.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One Kaltura partner: factory PID {@code org.syndicast.kaltura.partner}, one configuration per partner
 * ({@code etc/org.syndicast.kaltura.partner-<id>.cfg}). Every key is in the shipped example file.
 */
@ObjectClassDefinition(name = "Syndicast Kaltura partner", description = "A tenant as Kaltura clients see it:"
        + " its partner id, the organization it is, and the secrets that start its sessions")
public @interface PartnerConfig {

    @AttributeDefinition(description = "Partner id, a positive number (the partnerId of the Kaltura clients)")
    int id();

    @AttributeDefinition(description = "Name for people; empty means \"Partner <id>\"")
    String name() default "";

    @AttributeDefinition(description = "The organization (tenant) this partner is; empty means the partner id as text")
    String organization() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Secret that starts USER sessions; at least"
            + " 16 characters; empty means no USER session starts with a secret (the admin secret still starts them)")
    String _secret() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Admin secret that starts ADMIN (and USER)"
            + " sessions; at least 16 characters; empty means no session starts with an admin secret")
    String _admin_secret() default "";
}
