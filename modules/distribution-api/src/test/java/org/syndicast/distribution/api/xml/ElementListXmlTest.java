package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.ElementKind;
import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Checksum;
import org.syndicast.distribution.api.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class ElementListXmlTest {

    @Test
    void noElementsIsTheEmptyString() {
        assertThat(ElementListXml.write(List.of())).isEmpty();
        assertThat(ElementListXml.parse("")).isEmpty();
        assertThat(ElementListXml.parse(" \n ")).isEmpty();
        assertThat(ElementListXml.parse(null)).isEmpty();
    }

    @Test
    void oneElementIsOneDocumentWithoutSeparator() {
        MediaPackageElement track = track("track-1");

        String list = ElementListXml.write(List.of(track));

        assertThat(list).isEqualTo(MediaPackageXml.elementToXml(track)).doesNotContain("###");
        assertThat(ElementListXml.parse(list)).containsExactly(track);
    }

    @Test
    void threeElementsAreThreeDocumentsJoinedBySeparators() {
        List<MediaPackageElement> elements = List.of(track("track-1"), catalog("catalog-1"), attachment("attachment-1"));

        String list = ElementListXml.write(elements);
        String[] documents = list.split("###");

        assertThat(documents).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(documents[i]).startsWith("<?xml version=\"1.0\"");
            XmlStructure.assertEquivalent(documents[i], MediaPackageXml.elementToXml(elements.get(i)));
        }
        assertThat(ElementListXml.parse(list)).containsExactlyElementsOf(elements);
    }

    @Test
    void aSeparatorInsideAnElementDoesNotSplitIt() {
        MediaPackageElement odd = new MediaPackageElement(ElementKind.CATALOG, "c###1", "a###/b", null, null,
                List.of("###", "x###", "###y"), URI.create("http://h/p?q=a%23%23%23"), null, null, null, List.of());
        List<MediaPackageElement> elements = List.of(track("t"), odd, attachment("a"));

        assertThat(ElementListXml.parse(ElementListXml.write(elements))).containsExactlyElementsOf(elements);
    }

    @Test
    void whitespaceAroundDocumentsIsTolerated() {
        String list = MediaPackageXml.elementToXml(track("t1")) + "\n###\n  " + MediaPackageXml.elementToXml(track("t2"));

        assertThat(ElementListXml.parse(list)).extracting(MediaPackageElement::id).containsExactly("t1", "t2");
    }

    @Test
    void aTrackWithStreamsSurvivesTheList() {
        MediaPackageElement track = MediaPackageXml.parseElement(Fixtures.read("element/track-with-streams.xml"));
        List<MediaPackageElement> elements = List.of(track, track.withUrl(URI.create("http://cdn/x.mp4")).withoutRef());

        assertThat(ElementListXml.parse(ElementListXml.write(elements))).containsExactlyElementsOf(elements);
    }

    @Test
    void anEmptyEntryIsMalformed() {
        String doc = MediaPackageXml.elementToXml(track("t1"));

        InvalidInputException e = catchThrowableOfType(() -> ElementListXml.parse(doc + "######" + doc),
                InvalidInputException.class);

        assertThat(e.code()).isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(e.getMessage()).isEqualTo("Entry 2 of the element list is empty");
    }

    @Test
    void anEntryThatIsNotAnElementIsMalformed() {
        String doc = MediaPackageXml.elementToXml(track("t1"));

        assertThat(catchThrowableOfType(() -> ElementListXml.parse(doc + "###<oops"), InvalidInputException.class).code())
                .isEqualTo("MALFORMED_MEDIAPACKAGE");
        assertThat(catchThrowableOfType(() -> ElementListXml.parse(doc + "###<mediapackage id='m'/>"),
                InvalidInputException.class).getMessage()).contains("<track>, <catalog> or <attachment>");
    }

    private static MediaPackageElement track(String id) {
        return new MediaPackageElement(ElementKind.TRACK, id, "presenter/delivery", null, "video/mp4",
                List.of("engage-download"), URI.create("http://cdn.example.org/" + id + ".mp4"), 1024L,
                new Checksum("md5", "0123456789abcdef0123456789abcdef"), 60000L,
                List.of("<live xmlns=\"http://mediapackage.opencastproject.org\">false</live>"));
    }

    private static MediaPackageElement catalog(String id) {
        return new MediaPackageElement(ElementKind.CATALOG, id, "dublincore/episode", "track:track-1", "text/xml",
                List.of(), URI.create("http://cdn.example.org/" + id + ".xml"), null, null, null, List.of());
    }

    private static MediaPackageElement attachment(String id) {
        return new MediaPackageElement(ElementKind.ATTACHMENT, id, "presenter/player+preview", null, "image/jpeg",
                List.of("a", "b"), URI.create("asset://mp/" + id), 7L, null, null, List.of());
    }
}
