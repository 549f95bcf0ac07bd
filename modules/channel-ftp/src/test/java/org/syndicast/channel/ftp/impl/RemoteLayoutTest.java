package org.syndicast.channel.ftp.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.Publication;

class RemoteLayoutTest {
    private static final Publication P = new Publication("default", "engage-player", "mp-1");

    private static URI url(Protocol protocol, int port, String base, String publicUrl) {
        return RemoteLayout.of(protocol, "media.example.org", port, base,
                Optional.ofNullable(publicUrl).map(URI::create)).url(P, "track-1", "my vidéo.mp4");
    }

    @Test
    void ftpUrlsAreRelativeToTheLoginDirectoryUnlessTheBaseIsAbsolute() {
        assertThat(url(Protocol.FTP, 21, "", null))
                .hasToString("ftp://media.example.org/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
        assertThat(url(Protocol.FTP, 2121, "incoming/", null))
                .hasToString("ftp://media.example.org:2121/incoming/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
        assertThat(url(Protocol.FTPS_EXPLICIT, 21, "/srv//media", null))
                .hasToString("ftp://media.example.org/%2Fsrv/media/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
        assertThat(url(Protocol.FTPS_IMPLICIT, 990, "/", null))
                .hasToString("ftps://media.example.org/%2F/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
    }

    @Test
    void sftpUrlsAreAbsoluteWithTildeForTheLoginDirectory() {
        assertThat(url(Protocol.SFTP, 22, "media", null))
                .hasToString("sftp://media.example.org/~/media/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
        assertThat(url(Protocol.SFTP, 2222, "/srv/media", null))
                .hasToString("sftp://media.example.org:2222/srv/media/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
    }

    @Test
    void aPublicUrlStandsForTheBase() {
        assertThat(url(Protocol.SFTP, 22, "/srv/media", "https://cdn.example.org/m"))
                .hasToString("https://cdn.example.org/m/default/engage-player/mp-1/track-1/my%20vid%C3%A9o.mp4");
    }

    @Test
    void absoluteAndRelativeBasesResolveAgainstTheLoginDirectory() {
        RemoteLayout relative = RemoteLayout.of(Protocol.FTP, "h", 21, "a/b", Optional.empty());
        RemoteLayout absolute = RemoteLayout.of(Protocol.FTP, "h", 21, "/a/b/", Optional.empty());
        assertThat(relative.base("/home/pub")).isEqualTo("/home/pub/a/b");
        assertThat(relative.base("/")).isEqualTo("/a/b");
        assertThat(absolute.base("/home/pub")).isEqualTo("/a/b");
        assertThat(RemoteLayout.of(Protocol.FTP, "h", 21, "", Optional.empty()).base("/home/pub")).isEqualTo("/home/pub");
    }

    @Test
    void theFileNameComesBackFromTheUrl() {
        assertThat(RemoteLayout.fileName(url(Protocol.FTP, 21, "", null))).hasValue("my vidéo.mp4");
        assertThat(RemoteLayout.fileName(URI.create("https://x/a/.."))).isEmpty();
        assertThat(RemoteLayout.fileName(null)).isEmpty();
    }

    @Test
    void temporaryNamesAreHiddenAndBounded() {
        String name = RemoteTree.tempName("é".repeat(200) + ".mp4");
        assertThat(name).startsWith(".").endsWith(".part");
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(130);
        assertThat(RemoteTree.tempName("v.mp4")).matches("\\.v\\.mp4\\.[0-9a-f]+\\.part");
    }
}
