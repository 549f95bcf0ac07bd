package org.syndicast.kaltura.distribution.impl;

import java.util.Objects;
import java.util.Set;

import org.syndicast.kaltura.distribution.impl.persistence.ProfileEntity;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionErrors;
import org.syndicast.kaltura.distribution.profile.ProfileChange;

/**
 * The target part of a profile: a generic {@code submitAction}, or the FTP class's protocol, host, port, base
 * path, login and keys. The protocol is insert-only (the seed: "the protocol field on FTP profiles is immutable").
 */
final class TargetFields {
    /** FTP 1 and SFTP 3 on the ftp channel; HTTP 4 and HTTPS 5 on s3 and download. */
    static Set<Integer> protocolsOf(Channel channel) {
        return channel == Channel.FTP ? Set.of(1, 3) : Set.of(4, 5);
    }

    static int defaultProtocol(Channel channel) {
        return switch (channel) {
            case FTP -> 1;
            case S3 -> 5;
            case DOWNLOAD -> 4;
        };
    }

    private TargetFields() {
    }

    static void applyAction(ProfileEntity e, ProfileChange a, boolean insert, Channel channel, Secrets secrets) {
        protocol(e, a, insert, channel);
        if (a.has("serverUrl")) {
            e.serverUrl = location(e.serverUrl, "serverUrl", Values.text("serverUrl", a.get("serverUrl")), channel);
        }
        if (a.has("serverPath")) {
            e.serverPath = location(e.serverPath, "serverPath", Values.text("serverPath", a.get("serverPath")), channel);
        }
        common(e, a, channel, secrets);
        if (a.has("httpFieldName")) {
            e.httpFieldName = Values.text("httpFieldName", a.get("httpFieldName"));
        }
        if (a.has("httpFileName")) {
            e.httpFileName = Values.text("httpFileName", a.get("httpFileName"));
        }
    }

    static void applyFtp(ProfileEntity e, ProfileChange c, boolean insert, Channel channel, Secrets secrets) {
        protocol(e, c, insert, channel);
        HostPort hp = HostPort.parse(e.serverUrl);
        if (c.has("host")) {
            hp = new HostPort(Values.text("host", c.get("host")), hp.port());
        }
        if (c.has("port")) {
            Integer port = Values.int32("port", c.get("port"));
            if (port != null && (port < 0 || port > 65535)) {
                throw DistributionErrors.wrongFormat("port", "0 to 65535");
            }
            hp = new HostPort(hp.host(), port == null || port == 0 ? null : port);
        }
        e.serverUrl = hp.toString();
        if (c.has("basePath")) {
            e.serverPath = Values.text("basePath", c.get("basePath"));
        }
        common(e, c, channel, secrets);
        if (c.has("sftpPublicKey")) {
            e.sftpPublicKey = Values.text("sftpPublicKey", c.get("sftpPublicKey"));
        }
        if (c.has("sftpPrivateKey")) {
            String key = Values.text("sftpPrivateKey", c.get("sftpPrivateKey"));
            secrets.privateKey = key == null ? "" : key;
        }
    }

    private static void common(ProfileEntity e, ProfileChange c, Channel channel, Secrets secrets) {
        if (c.has("username")) {
            e.username = Values.text("username", c.get("username"));
        }
        if (c.has("password")) {
            String password = Values.text("password", c.get("password"));
            if (channel == Channel.DOWNLOAD && password != null && !password.isEmpty()) {
                throw DistributionErrors.wrongFormat("password", "download profiles have no credentials");
            }
            secrets.password = password == null ? "" : password;
        }
        if (c.has("ftpPassiveMode")) {
            e.ftpPassiveMode = Values.bool("ftpPassiveMode", c.get("ftpPassiveMode"));
        }
    }

    private static void protocol(ProfileEntity e, ProfileChange c, boolean insert, Channel channel) {
        if (!c.has("protocol")) {
            return;
        }
        int protocol = Values.enumValue("protocol", c.get("protocol"), "KalturaDistributionProtocol",
                ProfileFields.PROTOCOLS);
        if (!insert && protocol != e.protocol) {
            throw DistributionErrors.notUpdatable("protocol");
        }
        if (!protocolsOf(channel).contains(protocol)) {
            throw DistributionErrors.wrongFormat("protocol", "protocol " + protocol + " is not supported by the "
                    + channel.channelName() + " channel (" + protocolsOf(channel) + ")");
        }
        e.protocol = protocol;
    }

    /** A download profile's URL and directory are the server's: only their current value may be sent back. */
    private static String location(String current, String field, String given, Channel channel) {
        if (channel != Channel.DOWNLOAD) {
            return given;
        }
        if (given == null || given.isEmpty() || Objects.equals(given, current)) {
            return current;
        }
        throw DistributionErrors.notUpdatable(field);
    }

    /** {@code host} or {@code host:port} (IPv6 in brackets). */
    record HostPort(String host, Integer port) {
        static HostPort parse(String serverUrl) {
            if (serverUrl == null || serverUrl.isEmpty()) {
                return new HostPort(null, null);
            }
            int colon = serverUrl.lastIndexOf(':');
            if (colon > 0 && colon > serverUrl.lastIndexOf(']') && serverUrl.substring(colon + 1).matches("[0-9]{1,5}")) {
                return new HostPort(serverUrl.substring(0, colon), Integer.parseInt(serverUrl.substring(colon + 1)));
            }
            return new HostPort(serverUrl, null);
        }

        @Override
        public String toString() {
            if (host == null || host.isEmpty()) {
                return null;
            }
            return port == null ? host : host + ":" + port;
        }
    }
}
