package org.syndicast.channel.ftp.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the FTP channel, PID {@value #PID} ({@code etc/org.syndicast.channel.ftp.cfg}); changes apply
 * live. Keys follow the DS name mapping: {@code base_path} is {@code base.path}; a leading underscore makes a
 * private key starting with a dot ({@code _password} is {@code .password}), which Configuration Admin never
 * copies into service properties.
 */
@ObjectClassDefinition(name = "Syndicast FTP channel",
        description = "Publishes elements to an FTP, FTPS or SFTP server")
public @interface FtpChannelConfig {

    /** The configuration PID of this bundle's component. */
    String PID = "org.syndicast.channel.ftp";

    /** The factory PID of the channel's further targets, e.g. {@code org.syndicast.channel.ftp.target~partner-a}. */
    String TARGET_PID = PID + ".target";

    @AttributeDefinition(name = "Protocol", description = "ftp, ftps-explicit (AUTH TLS on the FTP port),"
            + " ftps-implicit (TLS from the first byte) or sftp")
    String protocol() default "ftp";

    @AttributeDefinition(name = "Host", required = false,
            description = "Server host name or address; empty means not configured (distributions fail at once)")
    String host() default "";

    @AttributeDefinition(name = "Port", description = "Server port; 0 means the protocol's default (21, 990, 22)")
    int port() default 0;

    @AttributeDefinition(name = "Base path", required = false, description = "Directory receiving published files;"
            + " absolute (/srv/media) or relative to the login directory; empty means the login directory")
    String base_path() default "";

    @AttributeDefinition(name = "User name", description = "Login name")
    String username() default "anonymous";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "Login password; for SFTP may be left empty when a private key is set")
    String _password() default "";

    @AttributeDefinition(name = "Private key", required = false,
            description = "SFTP: file with the private key (OpenSSH or PEM format)")
    String private_key_path() default "";

    @AttributeDefinition(name = "Private key passphrase", type = AttributeType.PASSWORD, required = false,
            description = "SFTP: passphrase of an encrypted private key")
    String _private_key_passphrase() default "";

    @AttributeDefinition(name = "Known hosts", required = false,
            description = "SFTP: OpenSSH known_hosts file; empty means ${karaf.etc}/known_hosts")
    String known_hosts_path() default "";

    @AttributeDefinition(name = "Strict host key checking", description = "SFTP: refuse servers whose host key is"
            + " not in the known hosts file; turn off only on a trusted network")
    boolean strict_host_key_checking() default true;

    @AttributeDefinition(name = "Trust store", required = false,
            description = "FTPS: trust store with the server's certificate or its CA; empty means the JVM's default")
    String trust_store_path() default "";

    @AttributeDefinition(name = "Trust store password", type = AttributeType.PASSWORD, required = false,
            description = "FTPS: trust store password")
    String _trust_store_password() default "";

    @AttributeDefinition(name = "Trust store type", description = "FTPS: PKCS12 or JKS")
    String trust_store_type() default "PKCS12";

    @AttributeDefinition(name = "Trust all", description = "FTPS: accept any certificate and host name;"
            + " for tests only, never in production")
    boolean trust_all() default false;

    @AttributeDefinition(name = "Passive mode", description = "FTP(S): the client opens data connections")
    boolean passive() default true;

    @AttributeDefinition(name = "Connect timeout", description = "Milliseconds to connect and log in")
    int connect_timeout_ms() default 10000;

    @AttributeDefinition(name = "Data timeout", description = "Milliseconds a transfer or command may stall")
    int data_timeout_ms() default 60000;

    @AttributeDefinition(name = "Public URL", required = false, description = "Public http(s) base URL of base.path"
            + " when the files are also served over HTTP; empty means ftp:// or sftp:// URLs without credentials")
    String public_url() default "";

    @AttributeDefinition(name = "Idle connections", description = "Logged-in connections kept for reuse")
    int pool_max_idle() default 4;

    @AttributeDefinition(name = "Idle timeout", description = "Milliseconds an unused connection is kept")
    int pool_idle_timeout_ms() default 30000;
}
