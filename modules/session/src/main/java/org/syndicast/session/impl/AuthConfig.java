package org.syndicast.session.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the authentication service: PID {@code org.syndicast.rest} (realm, roles, default organization,
 * login cache), and {@code session.validity.seconds} from {@code org.syndicast.asset.rest}, where operators
 * already set it. Every key is in etc/.
 */
@ObjectClassDefinition(name = "Syndicast authentication", description = "Who may call the HTTP API, and as which tenant")
public @interface AuthConfig {

    @AttributeDefinition(description = "JAAS realm that checks user names and passwords (Karaf's users are in etc/users.properties)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Roles allowed to change things (POST, PUT, DELETE); they may also read")
    String[] write_roles() default { "admin", "syndicast-publisher" };

    @AttributeDefinition(description = "Roles allowed to read")
    String[] read_roles() default { "admin", "syndicast-publisher", "syndicast-viewer", "viewer" };

    @AttributeDefinition(description = "Organization (tenant) of callers whose credentials name none (HTTP Basic)")
    String organization() default "default";

    @AttributeDefinition(description = "Seconds a successful password check is remembered; 0 checks every request")
    int auth_cache_seconds() default 60;

    @AttributeDefinition(description = "Seconds a session key from a login stays valid")
    long session_validity_seconds() default 86400;
}
