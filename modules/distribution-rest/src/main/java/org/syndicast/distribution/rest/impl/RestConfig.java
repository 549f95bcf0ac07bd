package org.syndicast.distribution.rest.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the Opencast-dialect resources, PID {@code org.syndicast.rest}; every key is in etc/. The same PID
 * holds the realm, roles and login cache, read by the one authentication service (bundle org.syndicast.session).
 */
@ObjectClassDefinition(name = "Syndicast REST", description = "Tenant and limits of the Opencast dialect")
public @interface RestConfig {

    @AttributeDefinition(description = "Organization (tenant) of Opencast-dialect calls")
    String organization() default "default";

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones get 413")
    long max_body_bytes() default 16777216L;
}
