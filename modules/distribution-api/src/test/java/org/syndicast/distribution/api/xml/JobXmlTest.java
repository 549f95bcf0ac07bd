package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.MediaPackageElement;
import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JobXmlTest {
    private static final String NS = "http://job.opencastproject.org";
    private static final URI URL = URI.create("http://localhost:8181/services/job/42.xml");
    static final String PAYLOAD = "<?xml version=\"1.0\"?><track xmlns=\"http://mediapackage.opencastproject.org\" "
            + "id=\"track-1\"><url>http://cdn/a.mp4</url></track>###<?xml version=\"1.0\"?><attachment id=\"a\"/>";

    @Test
    void writesTheContractExample() {
        Job job = new Job(42, 1, "org.syndicast.distribution.download", JobStatus.QUEUED, "admin", "default",
                "Distribute", List.of("engage-player", "…escaped mediapackage…", "[\"track-1\"]", "true"),
                "http://localhost:8181", null, Instant.parse("2026-11-23T08:00:00Z"), null, null, null, null, null, null, 0);

        String xml = JobXml.write(job, URL);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><job xmlns=\"" + NS + "\"");
        XmlStructure.assertEquivalent(xml, Fixtures.read("job/contract-example.xml"));
    }

    @Test
    void childrenComeInContractOrderFollowedByOurExtras() {
        String xml = JobXml.write(fullJob(), URL);

        assertThat(XmlStructure.childNames(xml)).containsExactly("creator", "organization", "url", "operation", "args",
                "createdHost", "processingHost", "dateCreated", "dateStarted", "dateCompleted", "queueTime", "runTime",
                "payload", "dispatchable", "jobLoad", "failure", "attempts", "target");
    }

    @Test
    void attributesAreUnqualifiedAndElementsQualified() {
        Element root = XmlStructure.parse(JobXml.write(fullJob(), URL)).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("job");
        assertThat(root.getAttributeNS(null, "id")).isEqualTo("42");
        assertThat(root.getAttributeNS(null, "version")).isEqualTo("7");
        assertThat(root.getAttributeNS(null, "type")).isEqualTo("org.syndicast.distribution.s3");
        assertThat(root.getAttributeNS(null, "status")).isEqualTo("FAILED");
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(all.item(i).getNamespaceURI()).isEqualTo(NS);
        }
    }

    @Test
    void valuesAreWrittenAsTheContractSays() {
        Document doc = XmlStructure.parse(JobXml.write(fullJob(), URL));

        assertThat(text(doc, "url")).isEqualTo(URL.toString());
        assertThat(text(doc, "dateCreated")).isEqualTo("2026-11-23T08:00:00Z");
        assertThat(text(doc, "dateStarted")).isEqualTo("2026-11-23T08:00:01.250Z");
        assertThat(text(doc, "queueTime")).isEqualTo("1250");
        assertThat(text(doc, "dispatchable")).isEqualTo("true");
        assertThat(text(doc, "jobLoad")).isEqualTo("0.1");
        assertThat(text(doc, "attempts")).isEqualTo("3");
        assertThat(text(doc, "target")).isEqualTo("partner-a");
        assertThat(ElementListXml.parse(text(doc, "payload"))).extracting(MediaPackageElement::id)
                .containsExactly("track-1", "a");
        assertThat(doc.getElementsByTagNameNS(NS, "arg").getLength()).isEqualTo(4);
    }

    @Test
    void emptyAndNullFieldsAreLeftOut() {
        Job job = new Job(1, 0, "t", JobStatus.RUNNING, "", null, null, List.of(), null, "", null, null, null, null,
                null, "", null, 0);

        String xml = JobXml.write(job, null);

        assertThat(XmlStructure.childNames(xml)).containsExactly("dispatchable", "jobLoad");
    }

    @Test
    void anyTextIsEscapedAndReadBackUnchanged() {
        String mediaPackage = Fixtures.read("mediapackage/full-prefixed.xml");
        String nasty = "<&>\"' ]]> <![CDATA[x]]> &amp; \r\n \uD83C\uDFA5";
        Job job = new Job(1, 1, "t", JobStatus.FAILED, nasty, nasty, nasty, List.of(nasty, mediaPackage, ""), nasty,
                nasty, null, null, null, null, null, nasty, nasty, 1);

        Document doc = XmlStructure.parse(JobXml.write(job, URL));

        for (String name : List.of("creator", "organization", "operation", "createdHost", "processingHost", "payload",
                "failure")) {
            assertThat(text(doc, name)).as(name).isEqualTo(nasty);
        }
        NodeList args = doc.getElementsByTagNameNS(NS, "arg");
        assertThat(args.item(0).getTextContent()).isEqualTo(nasty);
        assertThat(args.item(1).getTextContent()).isEqualTo(mediaPackage);
        assertThat(args.item(2).getTextContent()).isEmpty();
        assertThat(MediaPackageXml.parse(args.item(1).getTextContent()).id()).isEqualTo("10e0f6c4-1d0b-4a7e-8f3e-6f9a2c1b7d55");
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        String bad = "a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uD800h\uDC00";
        Job job = new Job(1, 1, "t", JobStatus.FAILED, null, null, null, List.of(bad), null, null, null, null, null,
                null, null, null, bad, 1);

        Document doc = XmlStructure.parse(JobXml.write(job, URL));

        String replaced = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD";
        assertThat(text(doc, "failure")).isEqualTo(replaced);
        assertThat(text(doc, "arg")).isEqualTo(replaced);
    }

    @Test
    void aListHoldsOneJobPerJobUnderOneProlog() {
        Job a = fullJob();
        Job b = new Job(43, 1, "org.syndicast.distribution.download", JobStatus.QUEUED, "admin", "default", "Retract",
                List.of("x"), "http://localhost:8181", null, Instant.parse("2026-11-23T09:00:00Z"), null, null, null,
                null, null, null, 0);

        String xml = JobXml.writeList(List.of(a, b), j -> URI.create("http://h/services/job/" + j.id() + ".xml"));

        assertThat(xml.split("<\\?xml", -1)).hasSize(2);
        Element root = XmlStructure.parse(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("jobs");
        assertThat(XmlStructure.childNames(xml)).containsExactly("job", "job");
        NodeList urls = root.getElementsByTagNameNS(NS, "url");
        assertThat(urls.item(0).getTextContent()).isEqualTo("http://h/services/job/42.xml");
        assertThat(urls.item(1).getTextContent()).isEqualTo("http://h/services/job/43.xml");
        String single = JobXml.write(b, URI.create("http://h/services/job/43.xml"));
        assertThat(XmlStructure.outline(xml)).contains(XmlStructure.outline(single).indent(2));
    }

    @Test
    void anEmptyListIsAnEmptyJobsElement() {
        XmlStructure.assertEquivalent(JobXml.writeList(List.of(), j -> URL), "<jobs xmlns='" + NS + "'/>");
    }

    static Job fullJob() {
        return new Job(42, 7, "org.syndicast.distribution.s3", JobStatus.FAILED, "admin", "default", "Distribute",
                List.of("engage-player", "<mediapackage id=\"m\"/>", "[\"track-1\"]", "true"), "http://node-a:8181",
                "http://node-b:8181", Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T08:00:01.250Z"),
                Instant.parse("2026-11-23T08:00:09.999999Z"), 1250L, 8749L, PAYLOAD, "Bucket 'media' does not exist", 3,
                "partner-a");
    }

    private static String text(Document doc, String name) {
        return doc.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
