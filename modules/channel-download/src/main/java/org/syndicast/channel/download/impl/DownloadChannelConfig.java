package org.syndicast.channel.download.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the download channel, PID {@value #PID} ({@code etc/org.syndicast.channel.download.cfg}).
 * Shared by the distribution service and the static file servlet; changes apply live.
 *
 * <p>Keys follow the DS name mapping: {@code serve_path} is the key {@code serve.path}, {@code serve_enabled}
 * is {@code serve.enabled}, {@code cache_max_age} is {@code cache.max.age}.
 */
@ObjectClassDefinition(name = "Syndicast download channel",
        description = "Publishes elements into a local directory and serves that directory over HTTP")
public @interface DownloadChannelConfig {

    /** The configuration PID both components of this bundle read. */
    String PID = "org.syndicast.channel.download";

    /** The factory PID of the channel's further targets, e.g. {@code org.syndicast.channel.download.target~partner-a}. */
    String TARGET_PID = PID + ".target";

    @AttributeDefinition(name = "Directory", required = false,
            description = "Directory that receives published files; empty means ${karaf.base}/downloads")
    String directory() default "";

    @AttributeDefinition(name = "Public URL",
            description = "Public base URL of the directory; {org}/{channelId}/{mpId}/{elementId}/{file} is appended")
    String url() default "http://localhost:8181/static";

    @AttributeDefinition(name = "Serve path",
            description = "URL path under which this server serves the directory, e.g. /static")
    String serve_path() default "/static";

    @AttributeDefinition(name = "Serve enabled",
            description = "Serve the directory from this server; turn off when another web server serves it")
    boolean serve_enabled() default true;

    @AttributeDefinition(name = "Cache max-age",
            description = "Seconds put in the Cache-Control max-age of served files")
    long cache_max_age() default 3600;
}
