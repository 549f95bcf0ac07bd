package org.syndicast.distribution.rest.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST dialects, PID {@code org.syndicast.rest}; every key is in etc/. */
@ObjectClassDefinition(name = "Syndicast REST", description = "Authentication, roles and limits of the HTTP API")
public @interface RestConfig {

    @AttributeDefinition(description = "JAAS realm that checks HTTP Basic credentials (Karaf's users are in etc/users.properties)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Roles allowed to call write endpoints (POST, PUT, DELETE)")
    String[] write_roles() default { "admin", "syndicast-publisher" };

    @AttributeDefinition(description = "Roles allowed to read jobs")
    String[] read_roles() default { "admin", "syndicast-publisher", "syndicast-viewer", "viewer" };

    @AttributeDefinition(description = "Organization (tenant) of Opencast-dialect calls")
    String organization() default "default";

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones get 413")
    long max_body_bytes() default 16777216L;

    @AttributeDefinition(description = "Seconds a successful login is remembered, to spare the realm a check per request")
    int auth_cache_seconds() default 60;
}
