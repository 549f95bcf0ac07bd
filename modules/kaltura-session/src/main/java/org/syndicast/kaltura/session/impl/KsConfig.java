package org.syndicast.kaltura.session.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of Kaltura sessions, PID {@code org.syndicast.kaltura.session}: how long a KS works, and which
 * roles a KS gives its caller. Every key is in etc/.
 */
@ObjectClassDefinition(name = "Syndicast Kaltura sessions", description = "How long a KS works and what it may do")
public @interface KsConfig {

    @AttributeDefinition(description = "Seconds a KS works when session.start asks 0 or less (Kaltura's default)")
    long default_expiry_seconds() default 86400;

    @AttributeDefinition(description = "Most seconds a KS works; a longer expiry is cut to this")
    long max_expiry_seconds() default 2592000;

    @AttributeDefinition(description = "Roles of a caller with an ADMIN KS; one of the write.roles of"
            + " org.syndicast.rest, so that it may change things")
    String[] admin_roles() default { "syndicast-publisher" };

    @AttributeDefinition(description = "Roles of a caller with a USER KS; one of the read.roles of"
            + " org.syndicast.rest, so that it may read")
    String[] user_roles() default { "syndicast-viewer" };
}
