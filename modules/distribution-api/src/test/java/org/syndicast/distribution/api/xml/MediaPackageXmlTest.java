package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.MediaPackage;
import org.syndicast.distribution.api.Checksum;
import org.syndicast.distribution.api.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaPackageXmlTest {
    private static final String NS = "http://mediapackage.opencastproject.org";

    @Test
    void parsesTheContractExample() {
        String xml = Fixtures.read("mediapackage/contract-example.xml");

        MediaPackage mp = MediaPackageXml.parse(xml);

        assertThat(mp.id()).isEqualTo("e1b0b6e8-3b5c-4f5e-9b0a-2f4c7f0f2f11");
        assertThat(mp.title()).isEqualTo("Lecture 1");
        assertThat(mp.xml()).isSameAs(xml);
        assertThat(mp.elements()).extracting(MediaPackageElement::id).containsExactly("track-1", "attachment-1");
        assertThat(mp.elements().get(0)).isEqualTo(new MediaPackageElement(ElementKind.TRACK, "track-1",
                "presenter/delivery", null, "video/mp4", List.of("engage-download"),
                URI.create("file:///srv/inbox/lecture1/presenter.mp4"), 10485760L,
                new Checksum("md5", "3f2a5c1d9e8b7a6f5e4d3c2b1a098765"), 3600000L, List.of()));
        assertThat(mp.elements().get(1)).isEqualTo(new MediaPackageElement(ElementKind.ATTACHMENT, "attachment-1",
                "presenter/player+preview", "track:track-1", "image/jpeg", List.of(),
                URI.create("asset://e1b0b6e8-3b5c-4f5e-9b0a-2f4c7f0f2f11/attachment-1"), null, null, null, List.of()));
    }

    @Test
    void readsAPrefixedDocumentAndPassesOverWhatTheModelDoesNotHold() {
        MediaPackage mp = MediaPackageXml.parse(Fixtures.read("mediapackage/full-prefixed.xml"));

        assertThat(mp.title()).isEqualTo("Algebra & Geometry <Part 2>");
        assertThat(mp.elements()).extracting(MediaPackageElement::id)
                .containsExactly("track-1", "track-2", "catalog-1", "attachment-1");   // not the publication's track
        assertThat(mp.elements()).extracting(MediaPackageElement::kind).containsExactly(ElementKind.TRACK,
                ElementKind.TRACK, ElementKind.CATALOG, ElementKind.ATTACHMENT);
        MediaPackageElement track = mp.elements().get(0);
        assertThat(track.tags()).containsExactly("archive", "engage-download");
        assertThat(track.duration()).isEqualTo(5400000L);
        assertThat(track.extraXml()).hasSize(2);
        XmlStructure.assertEquivalent(track.extraXml().get(0),
                "<video xmlns='" + NS + "' id='video-1'><resolution>1280x720</resolution></video>");
        XmlStructure.assertEquivalent(track.extraXml().get(1),
                "<n:note xmlns:n='urn:example:extension' n:lang='en'>kept as it is</n:note>");
        XmlStructure.assertEquivalent(mp.elements().get(1).extraXml().get(0), "<live xmlns='" + NS + "'>false</live>");
        assertThat(mp.elements().get(2).ref()).isEqualTo("track:track-1");
        XmlStructure.assertEquivalent(mp.elements().get(3).extraXml().get(0), "<additionalProperties xmlns='" + NS
                + "'><property key='width'>1280</property></additionalProperties>");
    }

    @Test
    void acceptsDocumentsWithoutNamespace() {
        MediaPackage mp = MediaPackageXml.parse(Fixtures.read("mediapackage/no-namespace.xml"));

        assertThat(mp.id()).isEqualTo("mp-plain");
        assertThat(mp.title()).isEqualTo("Plain");
        assertThat(mp.elements()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ElementKind.CATALOG);
            assertThat(e.flavor()).isEqualTo("dublincore/episode");
            assertThat(e.url()).isEqualTo(URI.create("file:///srv/inbox/plain/episode.xml"));
            assertThat(e.tags()).isEmpty();
        });
    }

    @Test
    void aTrackWithStreamsIsWrittenBackStructurallyEqual() {
        String original = Fixtures.read("element/track-with-streams.xml");

        MediaPackageElement track = MediaPackageXml.parseElement(original);
        String written = MediaPackageXml.elementToXml(track);

        assertThat(track.extraXml()).hasSize(4);
        XmlStructure.assertEquivalent(written, original);
        assertThat(MediaPackageXml.parseElement(written)).isEqualTo(track);
    }

    @Test
    void anUnqualifiedExtraStaysUnqualifiedInsideTheNamespacedElement() {
        MediaPackageElement track = MediaPackageXml.parseElement(Fixtures.read("element/track-with-streams.xml"));

        String written = MediaPackageXml.elementToXml(track);

        assertThat(XmlStructure.outline(written)).contains("{}unqualified", "  {}b");
    }

    @Test
    void elementDocumentHasPrologNamespaceAndChildrenInSchemaOrder() {
        MediaPackageElement track = new MediaPackageElement(ElementKind.TRACK, "track-1", "presenter/delivery",
                "track:track-0", "video/mp4", List.of("a", "b"), URI.create("http://cdn.example.org/t.mp4"), 12L,
                new Checksum("md5", "abc"), 34L, List.of("<live xmlns=\"" + NS + "\">true</live>"));

        String xml = MediaPackageXml.elementToXml(track);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><track xmlns=\"" + NS
                + "\" id=\"track-1\" type=\"presenter/delivery\" ref=\"track:track-0\">");
        assertThat(XmlStructure.childNames(xml))
                .containsExactly("mimetype", "tags", "url", "size", "checksum", "duration", "live");
        assertThat(XmlStructure.outline(xml)).contains("{" + NS + "}checksum {}type=\"md5\"\n    text: abc");
    }

    @Test
    void absentFieldsAreLeftOut() {
        MediaPackageElement bare = new MediaPackageElement(ElementKind.ATTACHMENT, "a-1", null, null, null, null, null,
                null, null, null, null);

        String xml = MediaPackageXml.elementToXml(bare);

        XmlStructure.assertEquivalent(xml, "<attachment xmlns='" + NS + "' id='a-1'/>");
        assertThat(MediaPackageXml.parseElement(xml)).isEqualTo(bare);
    }

    @Test
    void markupInValuesIsEscapedAndReadBack() {
        String nasty = "a<b>&c\"d'e]]>f\r\ng\tz";
        MediaPackageElement e = new MediaPackageElement(ElementKind.CATALOG, "c-1", "x/" + nasty, "ref:" + nasty,
                "text/" + nasty, List.of(nasty), URI.create("http://h/p?q=1&r=2"), null, new Checksum("md5", nasty),
                null, List.of());
        MediaPackage mp = new MediaPackage("mp-1", "Title " + nasty, List.of(e), null);

        MediaPackage back = MediaPackageXml.parse(MediaPackageXml.toXml(mp));

        assertThat(back.title()).isEqualTo(("Title " + nasty).strip());
        assertThat(back.elements()).singleElement().satisfies(c -> {
            assertThat(c.flavor()).isEqualTo("x/" + nasty.strip());
            assertThat(c.ref()).isEqualTo("ref:" + nasty.strip());
            assertThat(c.tags()).containsExactly(nasty.strip());
            assertThat(c.checksum().value()).isEqualTo(nasty.strip());
            assertThat(c.url()).isEqualTo(URI.create("http://h/p?q=1&r=2"));
        });
    }

    @Test
    void toXmlGroupsElementsByKindInSchemaOrder() {
        MediaPackage mp = new MediaPackage("mp-1", "T", List.of(element(ElementKind.ATTACHMENT, "a"),
                element(ElementKind.TRACK, "t1"), element(ElementKind.CATALOG, "c"), element(ElementKind.TRACK, "t2")), null);

        String xml = MediaPackageXml.toXml(mp);
        MediaPackage back = MediaPackageXml.parse(xml);

        assertThat(XmlStructure.childNames(xml)).containsExactly("title", "media", "metadata", "attachments");
        assertThat(back.id()).isEqualTo("mp-1");
        assertThat(back.elements()).extracting(MediaPackageElement::id).containsExactly("t1", "t2", "c", "a");
        assertThat(back.elements()).containsExactlyInAnyOrderElementsOf(mp.elements());
    }

    @Test
    void theContractExampleSurvivesToXmlStructurally() {
        MediaPackage mp = MediaPackageXml.parse(Fixtures.read("mediapackage/contract-example.xml"));

        String written = MediaPackageXml.toXml(mp);

        XmlStructure.assertEquivalent(written, Fixtures.read("mediapackage/contract-example.xml")
                .replace(" start=\"2026-11-14T22:13:20Z\" duration=\"3600000\"", ""));
    }

    @Test
    void leadingWhitespaceAndByteOrderMarkAreTolerated() {
        String xml = "\n\uFEFF<?xml version=\"1.0\"?><mediapackage id=\"m\"/>";

        assertThat(MediaPackageXml.parse(xml).xml()).isSameAs(xml);
    }

    @Test
    void foreignElementsNamedLikeOursAreNotElements() {
        MediaPackage mp = MediaPackageXml.parse("<mediapackage xmlns='" + NS + "' xmlns:x='urn:x' id='m'>"
                + "<media><x:track id='foreign'/><track id='t'><x:url>ignored</x:url></track></media></mediapackage>");

        assertThat(mp.elements()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("t");
            assertThat(t.url()).isNull();
            assertThat(t.extraXml()).hasSize(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no id                   | <mediapackage/>                                                                | no 'id'
            blank id                | <mediapackage id='  '/>                                                        | no 'id'
            wrong root              | <track id='t'/>                                                                | root element must be <mediapackage>
            wrong namespace         | <mediapackage xmlns='urn:other' id='m'/>                                       | not <mediapackage> in urn:other
            element without id      | <mediapackage id='m'><media><track/></media></mediapackage>                    | <track> has no 'id'
            size not a number       | <mediapackage id='m'><media><track id='t'><size>1e3</size></track></media></mediapackage> | Element 't' has a <size> that is not a whole number
            duration not a number   | <mediapackage id='m'><media><track id='t'><duration>x</duration></track></media></mediapackage> | <duration> that is not a whole number
            checksum without type   | <mediapackage id='m'><media><track id='t'><checksum>ab</checksum></track></media></mediapackage> | <checksum> without a 'type'
            two urls                | <mediapackage id='m'><media><track id='t'><url>a:b</url><url>c:d</url></track></media></mediapackage> | more than one <url>
            duplicate ids           | <mediapackage id='m'><media><track id='x'/></media><metadata><catalog id='x'/></metadata></mediapackage> | more than one element with id 'x'
            unclosed tag            | <mediapackage id='m'><title>x</mediapackage>                                   | not well-formed XML: line 1, column
            trailing garbage        | <mediapackage id='m'/>garbage                                                  | not well-formed XML
            text where tags belong  | <mediapackage id='m'>text</mediapackage>                                       | not well-formed XML
            element in mimetype     | <mediapackage id='m'><media><track id='t'><mimetype><b/></mimetype></track></media></mediapackage> | must hold text only
            undeclared entity       | <mediapackage id='m'><title>&x;</title></mediapackage>                         | not well-formed XML
            not xml                 | hello                                                                          | not well-formed XML
            """)
    void malformedDocumentsAreRefusedWithAReason(String what, String xml, String reason) {
        InvalidInputException e = catchThrowableOfType(() -> MediaPackageXml.parse(xml), InvalidInputException.class);

        assertThat(e).as(what).isNotNull();
        assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anInvalidUrlIsRefusedWithoutEchoingIt() {
        String xml = "<mediapackage id='m'><media><track id='t'><url>http://user:s3cret@host/a b</url></track></media></mediapackage>";

        InvalidInputException e = catchThrowableOfType(() -> MediaPackageXml.parse(xml), InvalidInputException.class);

        assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(e.getMessage()).startsWith("Element 't' has an invalid <url>: Illegal character").doesNotContain("s3cret");
    }

    @Test
    void nullOrBlankIsRefused() {
        for (String xml : new String[] {null, "", "  \n"}) {
            InvalidInputException e = catchThrowableOfType(() -> MediaPackageXml.parse(xml), InvalidInputException.class);
            assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
            assertThat(e.getMessage()).isEqualTo("No mediapackage document was given");
        }
    }

    @Test
    void xxeInAMediaPackageIsRefusedAsMalformed() {
        InvalidInputException e = catchThrowableOfType(
                () -> MediaPackageXml.parse(Fixtures.read("xxe/etc-passwd.xml")), InvalidInputException.class);

        assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(e.getMessage()).contains("DTDs and external entities are not allowed").doesNotContain("root:");
    }

    @Test
    void parseElementWantsAnElementRoot() {
        InvalidInputException e = catchThrowableOfType(
                () -> MediaPackageXml.parseElement("<mediapackage id='m'/>"), InvalidInputException.class);

        assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(e.getMessage()).contains("<track>, <catalog> or <attachment>");
    }

    private static MediaPackageElement element(ElementKind kind, String id) {
        return new MediaPackageElement(kind, id, "f/" + id, null, "x/y", List.of("t"), URI.create("http://h/" + id), 1L,
                null, kind == ElementKind.TRACK ? 5L : null, List.of());
    }
}
