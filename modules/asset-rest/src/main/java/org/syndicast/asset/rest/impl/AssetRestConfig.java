package org.syndicast.asset.rest.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the asset endpoints. The realm, roles and default organization are the REST API's
 * ({@code org.syndicast.rest}), so both HTTP surfaces authorise alike; the rest is {@code org.syndicast.asset.rest}.
 */
@ObjectClassDefinition(name = "Syndicast asset REST", description = "Ingest API, login and EnterMediaDB dialect")
public @interface AssetRestConfig {

    @AttributeDefinition(description = "JAAS realm checking user names and passwords (org.syndicast.rest)")
    String realm() default "karaf";

    @AttributeDefinition(description = "Roles allowed to change assets (org.syndicast.rest)")
    String[] write_roles() default { "admin", "syndicast-publisher" };

    @AttributeDefinition(description = "Roles allowed to read assets (org.syndicast.rest)")
    String[] read_roles() default { "admin", "syndicast-publisher", "syndicast-viewer", "viewer" };

    @AttributeDefinition(description = "Organization (tenant) of callers without a session (org.syndicast.rest)")
    String organization() default "default";

    @AttributeDefinition(description = "Seconds a session key from the login endpoint is valid")
    long session_validity_seconds() default 86400;

    @AttributeDefinition(description = "Largest JSON, XML or form body of a metadata call, in bytes")
    long max_metadata_bytes() default 1048576;

    @AttributeDefinition(description = "Public base URL of EnterMediaDB links, up to and without /services;"
            + " empty means the address the request came to")
    String emdb_public_url() default "";
}
