package org.syndicast.kaltura.rest.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@code /api_v3} wire (PID {@value #PID}, {@code etc/org.syndicast.kaltura.rest.cfg}). */
@ObjectClassDefinition(name = "Syndicast Kaltura API wire", description = "The /api_v3 endpoint of the Kaltura dialect")
public @interface KalturaRestConfig {
    String PID = "org.syndicast.kaltura.rest";

    @AttributeDefinition(description = "Largest request body in bytes (JSON, form, or multipart with its files); a larger "
            + "one is answered with the API error PAYLOAD_TOO_LARGE (HTTP 200). Default 16 MiB.")
    long max_body_bytes() default 16L * 1024 * 1024;
}
