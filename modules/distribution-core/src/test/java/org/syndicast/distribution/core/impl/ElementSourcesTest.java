package org.syndicast.distribution.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.syndicast.distribution.core.impl.MediaPackages.track;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.syndicast.distribution.api.ElementContent;
import org.syndicast.distribution.api.ElementContentProvider;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.SourceReadException;

/** Which element URLs the server reads from, on real directories. */
class ElementSourcesTest {
    @TempDir
    Path base;
    private Path inbox;
    private Path outside;
    private ElementSources sources;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(base.resolve("inbox"));
        outside = Files.createDirectories(base.resolve("outside"));
        sources = sources(new TestConfig().inbox(inbox).httpAllow("http://a.test/media", "https://b.test/pub/"));
    }

    @Test
    void aFileUnderTheInboxIsReadFromWhereItIs() throws IOException {
        Path file = write(inbox.resolve("lecture1/presenter.mp4"), "12345");

        ElementContent content = resolve(sources, track("track-1", file.toUri()));

        assertThat(content.localFile()).contains(file.toRealPath());
        assertThat(content.fileName()).isEqualTo("presenter.mp4");
        assertThat(content.size()).hasValue(5);
        try (var in = content.open()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("12345");
        }
    }

    @Test
    void aFileOutsideTheInboxIsNotAllowed() throws IOException {
        Path file = write(outside.resolve("secret.mp4"), "x");

        assertRefused(file.toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void dotSegmentsCannotClimbOutOfTheInbox() throws IOException {
        write(outside.resolve("secret.mp4"), "x");

        assertRefused(URI.create(inbox.toUri() + "../outside/secret.mp4"), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void aSiblingDirectoryWhoseNameStartsLikeTheInboxIsOutsideIt() throws IOException {
        Path file = write(base.resolve("inbox-evil/a.mp4"), "x");

        assertRefused(file.toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void aSymbolicLinkInTheInboxPointingOutsideIsNotAllowed() throws IOException {
        Path target = write(outside.resolve("secret.mp4"), "x");
        Path link = symlink(inbox.resolve("innocent.mp4"), target);

        assertRefused(link.toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void aLinkedDirectoryInTheInboxPointingOutsideIsNotAllowed() throws IOException {
        write(outside.resolve("secret.mp4"), "x");
        symlink(inbox.resolve("linked"), outside);

        assertRefused(inbox.resolve("linked/secret.mp4").toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void anInboxRootThatIsItselfALinkAcceptsItsFiles() throws IOException {
        Path linkedRoot = symlink(base.resolve("inbox-link"), inbox);
        Path file = write(inbox.resolve("a.mp4"), "x");
        ElementSources viaLink = sources(new TestConfig().inbox(linkedRoot));

        assertThat(resolve(viaLink, track("t", linkedRoot.resolve("a.mp4").toUri())).localFile())
                .contains(file.toRealPath());
    }

    @Test
    void theInboxRootItselfIsNotASource() {
        assertRefused(inbox.toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void aMissingFileUnderTheInboxIsNotFound() {
        assertRefused(inbox.resolve("nothing-here.mp4").toUri(), "SOURCE_NOT_FOUND");
    }

    @Test
    void aDirectoryUnderTheInboxIsNotFound() throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("lecture1"));

        assertRefused(dir.toUri(), "SOURCE_NOT_FOUND");
    }

    @Test
    void aMissingFileOutsideTheInboxIsNotAllowedRatherThanNotFound() {
        assertRefused(outside.resolve("nothing-here.mp4").toUri(), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void anElementWithoutUrlHasNoSource() {
        assertThatThrownBy(() -> resolve(sources, track("t", (URI) null))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_MISSING"));
    }

    @Test
    void otherSchemesAreNotSources() {
        for (String url : new String[] { "ftp://a.test/media/x.mp4", "asset://mp-1/track-1", "jar:file:/x.jar!/a.mp4",
                "relative/x.mp4", "file://fileserver/share/x.mp4", "data:video/mp4;base64,AAAA" }) {
            assertRefused(URI.create(url), "SOURCE_NOT_ALLOWED");
        }
    }

    @Test
    void anHttpUrlUnderAnAllowedPrefixIsFetchedFromThere() {
        ElementContent content = resolve(sources, track("track-1", "http://a.test/media/x.mp4"));

        assertThat(content).isInstanceOfSatisfying(HttpContent.class,
                h -> assertThat(h.url()).isEqualTo(URI.create("http://a.test/media/x.mp4")));
        assertThat(content.fileName()).isEqualTo("x.mp4");
        assertThat(content.localFile()).isEmpty();
        assertThat(content.size()).isEmpty();
        assertThat(resolve(sources, track("t", "https://b.test/pub/deep/er/y.mp4")).fileName()).isEqualTo("y.mp4");
    }

    @Test
    void aPrefixMatchesWholePathSegmentsOnly() {
        assertRefused(URI.create("http://a.test/media-evil/x"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/mediax"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/media"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test.evil.example/media/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test:8080/media/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("https://a.test/media/x.mp4"), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void dotSegmentsCannotClimbOutOfAnAllowedPrefix() {
        assertRefused(URI.create("http://a.test/media/../private/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/media/./../../x.mp4"), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void percentEncodedDotSegmentsCannotClimbOutOfAnAllowedPrefix() {
        // %2e is '.', and servers normalise /media/%2e%2e/private/x.mp4 to /private/x.mp4 (RFC 3986 6.2.2.2)
        assertRefused(URI.create("http://a.test/media/%2e%2e/private/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/media/%2E%2E/private/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/media/.%2e/private/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("http://a.test/media/..%2fprivate%2fx.mp4"), "SOURCE_NOT_ALLOWED");
    }

    /** Every way of writing a dot segment or a separator that a server, proxy or file system may decode. */
    static Stream<String> encodedClimbs() {
        return Stream.of("..", "%2e%2e", "%2E%2e", "%2e%2E", "%2E%2E", ".%2e", ".%2E", "%2e.", "%2E.", "%252e%252e",
                "%252E%252e", ".%252e", "%25252e%25252e", "%2525252525252525252e%2e", ".", "%2e", "%252e", "..%2f..",
                "..%2F..", "..%5c..", "..%5C..", "a%2fb", "a%2Fb", "a%5cb", "a%5Cb", "a%252fb", "a%252Fb", "a%255cb",
                "a%25255cb", "..;", "%2e%2e;x", "..%3bx", "%c0%ae%c0%ae", "%ef%bc%8e%ef%bc%8e", "a%00b");
    }

    @ParameterizedTest(name = "http: {0}")
    @MethodSource("encodedClimbs")
    void dotSegmentsAndSeparatorsInAnyEncodingAreRefusedUnderAnAllowedPrefix(String segment) {
        assertRefused(URI.create("http://a.test/media/sub/" + segment + "/x.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create("https://b.test/pub/" + segment), "SOURCE_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "file: {0}")
    @MethodSource("encodedClimbs")
    void dotSegmentsAndSeparatorsInAnyEncodingAreRefusedUnderTheInbox(String segment) throws IOException {
        // each of these would land on a real, readable file inside the inbox once decoded: refused all the same
        write(inbox.resolve("a.mp4"), "x");
        write(inbox.resolve("sub/a/b"), "x");
        Files.createDirectories(inbox.resolve("sub/x"));

        assertRefused(URI.create(inbox.toUri() + "sub/" + segment + "/a.mp4"), "SOURCE_NOT_ALLOWED");
        assertRefused(URI.create(inbox.toUri() + "sub/" + segment), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void namesWithDotsAndEncodedCharactersThatAreNoSegmentsOfDotsStaySources() throws IOException {
        assertThat(resolve(sources, track("t", "http://a.test/media/a.b.mp4")).fileName()).isEqualTo("a.b.mp4");
        assertThat(resolve(sources, track("t", "http://a.test/media/...mp4")).fileName()).as("a source, named by its id").isEqualTo("t");
        assertThat(resolve(sources, track("t", "http://a.test/media/a%2Eb.mp4")).fileName()).isEqualTo("a.b.mp4");
        assertThat(resolve(sources, track("t", "http://a.test/media/50%25.mp4")).fileName()).isEqualTo("50%.mp4");
        assertThat(resolve(sources, track("t", "http://a.test/media/x.mp4?path=../../etc")).fileName()).isEqualTo("x.mp4");
        Path file = write(inbox.resolve("..dir/x..mp4"), "x");
        assertThat(resolve(sources, track("t", file.toUri())).localFile()).contains(file.toRealPath());
    }

    @Test
    void aFileReplacedByALinkAfterTheCheckIsNotRead() throws IOException {
        Path file = write(inbox.resolve("a.mp4"), "inside");
        Path secret = write(outside.resolve("secret.mp4"), "secret");
        ElementContent content = resolve(sources, track("t", file.toUri()));
        Files.delete(file);
        symlink(file, secret);

        assertThatThrownBy(content::open).isInstanceOf(SourceReadException.class);
    }

    @Test
    void userInfoInAnHttpUrlIsRefusedEvenUnderAnAllowedPrefix() {
        ElementSources withUser = sources(new TestConfig().httpAllow("http://user@a.test/media"));

        assertThatThrownBy(() -> resolve(withUser, track("t", "http://user@a.test/media/x.mp4")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
        assertRefused(URI.create("http://user:secret@a.test/media/x.mp4"), "SOURCE_NOT_ALLOWED");
    }

    @Test
    void withoutAnAllowListNoHttpUrlIsASource() {
        ElementSources none = sources(new TestConfig().inbox(inbox));

        assertThatThrownBy(() -> resolve(none, track("t", "http://a.test/media/x.mp4")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
    }

    @Test
    void theFileNameIsTheDecodedLastSegmentOfTheUrl() {
        assertThat(resolve(sources, track("t", "http://a.test/media/caf%C3%A9%20noir.mp4?sig=abc")).fileName())
                .isEqualTo("caf\u00e9 noir.mp4");
    }

    @Test
    void aPlusInTheUrlStaysAPlusInTheFileName() {
        assertThat(resolve(sources, track("t", "http://a.test/media/a+b.mp4")).fileName()).isEqualTo("a+b.mp4");
    }

    @Test
    void theElementIdNamesTheFileWhenTheUrlHasNoUsableName() {
        assertThat(resolve(sources, track("track-1", "http://a.test/media/dir/")).fileName()).isEqualTo("track-1");
        assertThat(resolve(sources, track("track-1", "http://a.test/media/.hidden")).fileName()).isEqualTo("track-1");
        assertThat(resolve(sources, track("track-1", "http://a.test/media/a%3Ab.mp4")).fileName()).isEqualTo("track-1");
    }

    @Test
    void aLocalFileWhoseNameIsNotASafeSegmentIsPublishedUnderTheElementId() throws IOException {
        Path file = write(inbox.resolve("a:b.mp4"), "x");

        assertThat(resolve(sources, track("track-1", file.toUri())).fileName()).isEqualTo("track-1");
    }

    @Test
    void fileNameFallsBackToTheElementIdOnlyWhenThatIsASafeSegment() {
        MediaPackageElement badId = track("../x", "http://a.test/media/");

        assertThat(ElementSources.fileName(badId.id(), "ok.mp4")).isEqualTo("ok.mp4");
        assertThatThrownBy(() -> ElementSources.fileName(badId.id(), "")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_SEGMENT"));
    }

    @Test
    void aProvidedSchemeIsReadThroughItsProviderForTheCallersTenant() {
        ElementContent asset = new FileContent(inbox, "asset.mp4");
        List<String> asked = new ArrayList<>();
        ElementContentProvider provider = (org, url) -> {
            asked.add(org + " " + url);
            return org.equals("default") ? Optional.of(asset) : Optional.empty();
        };
        ElementSources withAssets = new ElementSources(new TestConfig().inbox(inbox).settings(),
                HttpClient.newHttpClient(), scheme -> scheme.equals("asset") ? Optional.of(provider) : Optional.empty());
        MediaPackageElement element = track("t", "asset://mp-1/track-1");

        assertThat(resolve(withAssets, "default", element)).isSameAs(asset);
        assertThatThrownBy(() -> resolve(withAssets, "other", element)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"));
        assertThatThrownBy(() -> resolve(withAssets, element)).as("no tenant").isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND"));
        assertThatThrownBy(() -> resolve(withAssets, "default", track("t", "ftp://a.test/x.mp4")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("SOURCE_NOT_ALLOWED"));
        assertThat(asked).containsExactly("default asset://mp-1/track-1", "other asset://mp-1/track-1");
    }

    private void assertRefused(URI url, String code) {
        assertThatThrownBy(() -> resolve(sources, track("track-1", url))).as(url.toString())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).as(url.toString()).isEqualTo(code);
                    assertThat(e.status()).isEqualTo(400);
                });
    }

    /** Through the API method, as every caller asks: no tenant. */
    private static ElementContent resolve(ElementSources policy, MediaPackageElement element) {
        return policy.resolve(null, element.id(), element.url());
    }

    private static ElementContent resolve(ElementSources policy, String organization, MediaPackageElement element) {
        return policy.resolve(organization, element.id(), element.url());
    }

    private static ElementSources sources(TestConfig config) {
        return new ElementSources(config.settings(), HttpClient.newHttpClient());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are supported here: " + e).isTrue();
            throw e;
        }
    }
}
