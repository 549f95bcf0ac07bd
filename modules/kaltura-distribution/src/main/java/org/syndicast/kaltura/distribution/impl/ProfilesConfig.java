package org.syndicast.kaltura.distribution.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Kaltura distribution profiles, PID {@code org.syndicast.kaltura.distribution}. */
@ObjectClassDefinition(name = "Syndicast Kaltura distribution profiles",
        description = "Where download profiles publish and where SFTP keys of FTP profiles are kept")
public @interface ProfilesConfig {

    @AttributeDefinition(description = "Directory under which each download profile gets its own directory"
            + " kaltura-profile-{id}; empty means ${karaf.base}/kaltura-downloads")
    String download_directory() default "";

    @AttributeDefinition(description = "Public base URL of download.directory; each profile's URL is this"
            + " followed by /kaltura-profile-{id}")
    String download_url() default "http://localhost:8181/kaltura";

    @AttributeDefinition(description = "URL path at which this server serves download.directory; each profile's"
            + " serve path is this followed by /kaltura-profile-{id}")
    String download_serve_path() default "/kaltura";

    @AttributeDefinition(description = "Directory receiving the SFTP private keys of FTP profiles (owner-only"
            + " files); empty means ${karaf.data}/kaltura-keys")
    String key_directory() default "";
}
