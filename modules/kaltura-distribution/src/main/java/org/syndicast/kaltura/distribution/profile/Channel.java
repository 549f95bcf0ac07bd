package org.syndicast.kaltura.distribution.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The channels that take Kaltura distribution profiles, each shown as a {@code KalturaGenericDistributionProvider}
 * with a fixed id (its {@code genericProviderId}). Ids below 1000 are reserved for channels; a partner's own
 * generic providers (a later part) are numbered from 1000.
 */
public enum Channel {
    /** The download channel: files in a directory of this server, served over HTTP. */
    DOWNLOAD(1, "download", "Syndicast download"),
    /** The FTP channel: FTP, FTPS and SFTP servers. */
    FTP(2, "ftp", "Syndicast FTP"),
    /** The S3 channel: Amazon S3 and S3-compatible stores. */
    S3(3, "s3", "Syndicast S3");

    private final int providerId;
    private final String channelName;
    private final String providerName;

    Channel(int providerId, String channelName, String providerName) {
        this.providerId = providerId;
        this.channelName = channelName;
        this.providerName = providerName;
    }

    /** The {@code genericProviderId}, fixed. */
    public int providerId() {
        return providerId;
    }

    /** The channel's name, its {@code distribution.channel} service property. */
    public String channelName() {
        return channelName;
    }

    /** The provider's {@code name}. */
    public String providerName() {
        return providerName;
    }

    /** The channel with this provider id. */
    public static Optional<Channel> ofProviderId(long id) {
        return Arrays.stream(values()).filter(c -> c.providerId == id).findFirst();
    }

    /** The channel with this name. */
    public static Optional<Channel> ofName(String name) {
        return Arrays.stream(values()).filter(c -> c.channelName.equals(name)).findFirst();
    }
}
