package org.syndicast.channel.download.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicPathResolverTest {
    @TempDir
    Path temp;
    Path root;
    Path video;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(temp.resolve("downloads"));
        Path elementDir = Files.createDirectories(root.resolve("org/ch/mp/el"));
        video = Files.write(elementDir.resolve("a b+ä.mp4"), "video".getBytes(UTF_8));
        Files.write(elementDir.resolve(".a b+ä.mp4.1234.part"), "half".getBytes(UTF_8));
        Files.write(temp.resolve("secret.txt"), "secret".getBytes(UTF_8));
    }

    @Test
    void publishedFileIsFoundByItsEncodedPath() throws Exception {
        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/a%20b+%C3%A4.mp4")).contains(video.toRealPath());
        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/a%20b%2B%C3%A4.mp4")).contains(video.toRealPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/org/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/org/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/org%2fch%2fmp%2fel%2fa%20b+%C3%A4.mp4",
        "/org/ch/mp/el%2F..%2F..%2F..%2F..%2Fsecret.txt",
        "/..%5csecret.txt",
        "/org\\..\\..\\secret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/org/ch/mp/el/a%20b+%C3%A4.mp4%00.txt",
        "/./org/ch/mp/el/a%20b+%C3%A4.mp4",
        "/org/ch/mp/el/a%20b+%C3%A4.mp4/",
        "/org//ch/mp/el/a%20b+%C3%A4.mp4",
        "/C:/secret.txt",
        "/org/ch/mp/el/a%2",
        "org/ch/mp/el/a%20b+%C3%A4.mp4"
    })
    void traversalAndMalformedPathsAreRefused(String rawPath) {
        assertThat(PublicPathResolver.resolve(root, rawPath)).isEmpty();
    }

    @Test
    void absoluteFileSystemPathIsNeverReadAsIs() {
        assertThat(PublicPathResolver.resolve(root, temp.resolve("secret.txt").toString())).isEmpty();
    }

    @Test
    void temporaryFilesAreNeverServed() {
        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/.a%20b+%C3%A4.mp4.1234.part")).isEmpty();
    }

    @Test
    void directoriesAndMissingFilesAreNotFound() {
        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el")).isEmpty();
        assertThat(PublicPathResolver.resolve(root, "/")).isEmpty();
        assertThat(PublicPathResolver.resolve(root, "")).isEmpty();
        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/missing.mp4")).isEmpty();
        assertThat(PublicPathResolver.resolve(temp.resolve("no-such-root"), "/org/ch/mp/el/a.mp4")).isEmpty();
    }

    @Test
    void symbolicLinkOutOfTheRootIsRefused() throws Exception {
        Files.createSymbolicLink(root.resolve("org/ch/mp/el/escape.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("out"), temp);

        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/escape.txt")).isEmpty();
        assertThat(PublicPathResolver.resolve(root, "/out/secret.txt")).isEmpty();
    }

    @Test
    void symbolicLinkOntoATemporaryFileIsRefused() throws Exception {
        Files.createSymbolicLink(root.resolve("org/ch/mp/el/visible.mp4"),
                root.resolve("org/ch/mp/el/.a b+ä.mp4.1234.part"));

        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/visible.mp4")).isEmpty();
    }

    @Test
    void symbolicLinkWithinTheRootIsFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("org/ch/mp/el/alias.mp4"), video);

        assertThat(PublicPathResolver.resolve(root, "/org/ch/mp/el/alias.mp4")).contains(video.toRealPath());
    }

    @Test
    void linkedRootIsServedThroughItsRealPath() throws Exception {
        Path linkedRoot = Files.createSymbolicLink(temp.resolve("linked-root"), root);

        assertThat(PublicPathResolver.resolve(linkedRoot, "/org/ch/mp/el/a%20b+%C3%A4.mp4"))
                .contains(video.toRealPath());
    }
}
