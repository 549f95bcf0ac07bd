package org.syndicast.session.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the session service, PID {@code org.syndicast.session}; every key is in etc/. */
@ObjectClassDefinition(name = "Syndicast sessions", description = "Signed, expiring session keys")
public @interface SessionConfig {

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "HMAC-SHA256 secret, at least 32 characters;"
            + " empty means the one in secret.file, generated on first start")
    String _secret() default "";

    @AttributeDefinition(description = "File holding the generated secret; empty means ${karaf.etc}/syndicast-session.secret")
    String secret_file() default "";
}
