package org.syndicast.kaltura.distribution.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.distribution.profile.Channel;
import org.syndicast.kaltura.distribution.profile.DistributionProvider;

class InstalledChannelsTest {

    private static Map<String, Object> service(long id, String channel) {
        return Map.of("service.id", id, "distribution.channel", channel);
    }

    @Test
    void aChannelIsListedWhileOneOfItsServicesIsRegistered() {
        InstalledChannels c = new InstalledChannels();
        assertThat(c.list("4242")).isEmpty();
        c.bindService(service(1, "s3"));
        c.bindService(service(2, "ftp"));
        c.bindService(service(3, "ftp"));
        c.bindService(service(4, "opencast-search"));
        assertThat(c.list("4242")).extracting(DistributionProvider::id).containsExactly(2, 3);
        assertThat(c.list("4242")).extracting(DistributionProvider::name).containsExactly("Syndicast FTP", "Syndicast S3");
        c.unbindService(service(2, "ftp"));
        assertThat(c.installed(Channel.FTP)).isTrue();
        c.unbindService(service(3, "ftp"));
        assertThat(c.installed(Channel.FTP)).isFalse();
        c.bindService(service(5, "download"));
        assertThat(c.list("1")).extracting(DistributionProvider::channel).containsExactly(Channel.DOWNLOAD, Channel.S3);
    }
}
