package org.syndicast.kaltura.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syndicast.kaltura.api.KalturaException;
import org.syndicast.kaltura.api.Params;
import org.syndicast.kaltura.api.Upload;

/** Bodies as KALTURA-WIRE.md 1.5-1.8 shows them, read into one call's parameters. */
class RequestReaderTest {
    private final RequestReader reader = new RequestReader(1024 * 1024);

    private Map<String, Object> read(String query, String type, byte[] body, Uploads uploads) throws IOException {
        Map<String, Object> params = RequestReader.query(query);
        reader.read(type, body.length, new ByteArrayInputStream(body), params, uploads);
        return params;
    }

    private Params read(String type, String body) throws IOException {
        return Params.of(read(null, type, body.getBytes(StandardCharsets.UTF_8), new Uploads()));
    }

    private static KalturaException error(ThrowingRunnable r) throws IOException {
        try {
            r.run();
        } catch (KalturaException e) {
            return e;
        }
        throw new AssertionError("no KalturaException");
    }

    interface ThrowingRunnable {
        void run() throws IOException;
    }

    @Test
    void pythonsProfileAddAsTheDocumentShowsIt() throws IOException {
        Params p = read("application/json", """
                {"clientTag":"python-25-10-01","apiVersion":"23.10.0","format":"2","distributionProfile":{"genericProviderId":"101",
                 "name":"Feed","objectType":"KalturaGenericDistributionProfile","providerType":"1","requiredThumbDimensions":{"-":""},
                 "submitAction":{"ftpPassiveMode":"True","objectType":"KalturaGenericDistributionProfileAction","protocol":"1"}},
                 "ks":"4242.1764633600.c2ln","partnerId":"4242","kalsig":"0f3c"}""");
        Params profile = p.requireObject("distributionProfile");
        assertThat(profile.objectType()).contains("KalturaGenericDistributionProfile");
        assertThat(profile.requireInt("genericProviderId")).isEqualTo(101);
        assertThat(profile.string("providerType")).contains("1");
        assertThat(profile.objects("requiredThumbDimensions")).contains(List.of());
        Params action = profile.requireObject("submitAction");
        assertThat(action.bool("ftpPassiveMode")).contains(true);
        assertThat(action.integer("protocol")).contains(1);
        assertThat(p.string("ks")).contains("4242.1764633600.c2ln");
        assertThat(p.integer("partnerId")).contains(4242);
        assertThat(p.string("format")).contains("2");
    }

    @Test
    void javasTypingReadsTheSame() throws IOException {
        Params p = read("application/json", "{\"format\":2,\"ignoreNull\":true,\"distributionProfile\":{\"objectType\":"
                + "\"KalturaGenericDistributionProfile\",\"genericProviderId\":101,\"submitAction\":{\"protocol\":1,"
                + "\"ftpPassiveMode\":true,\"objectType\":\"KalturaGenericDistributionProfileAction\"},\"sunrise__null\":\"\"},"
                + "\"partnerId\":\"4242\"}");
        Params profile = p.requireObject("distributionProfile");
        assertThat(profile.requireInt("genericProviderId")).isEqualTo(101);
        assertThat(profile.requireObject("submitAction").bool("ftpPassiveMode")).contains(true);
        assertThat(profile.isNull("sunrise")).isTrue();
        assertThat(p.string("format")).contains("2");
    }

    @Test
    void jsonNullsAndArraysAndNodesEmptyArray() throws IOException {
        Params p = read("application/json", "{\"a\":null,\"b\":[],\"c\":[{\"objectType\":\"X\",\"width\":640}]}");
        assertThat(p.isNull("a")).isTrue();
        assertThat(p.objects("b")).contains(List.of());
        assertThat(p.objects("c").get().get(0).integer("width")).contains(640);
    }

    @Test
    void javaBytesInIso88591AreReadWhenTheyAreNotUtf8() throws IOException {
        byte[] latin = "{\"name\":\"Gr\u00fc\u00dfe\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Params.of(read(null, "application/json", latin, new Uploads())).string("name")).contains("Grüße");
        byte[] utf8 = "{\"name\":\"Grüße ✓\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Params.of(read(null, "application/json", utf8, new Uploads())).string("name")).contains("Grüße ✓");
        assertThat(read("application/json", "{\"name\":\"\\u00fc\\u2713\"}").string("name")).contains("ü✓");
    }

    @Test
    void formNestingByBracketsAndColons() throws IOException {
        Params p = read("application/x-www-form-urlencoded", "format=1&ks=abc&distributionProfile%5Bname%5D=x"
                + "&distributionProfile:objectType=KalturaGenericDistributionProfile"
                + "&distributionProfile[submitAction][serverUrl]=ftp.example.com"
                + "&distributionProfile:submitAction:protocol=1"
                + "&genericDistributionProvider[requiredThumbDimensions][1][width]=1280"
                + "&genericDistributionProvider[requiredThumbDimensions][0][width]=640"
                + "&genericDistributionProvider[requiredThumbDimensions][0][objectType]=KalturaDistributionThumbDimensions"
                + "&genericDistributionProvider[optionalThumbDimensions][-]="
                + "&entryDistribution[sunset__null]=&title=Gr%C3%BC%C3%9Fe+ok");
        Params profile = p.requireObject("distributionProfile");
        assertThat(profile.string("name")).contains("x");
        assertThat(profile.objectType()).contains("KalturaGenericDistributionProfile");
        assertThat(profile.requireObject("submitAction").string("serverUrl")).contains("ftp.example.com");
        assertThat(profile.requireObject("submitAction").integer("protocol")).contains(1);
        Params provider = p.requireObject("genericDistributionProvider");
        List<Params> dims = provider.objects("requiredThumbDimensions").get();
        assertThat(dims).extracting(d -> d.requireInt("width")).containsExactly(640, 1280);
        assertThat(dims.get(0).objectType()).contains("KalturaDistributionThumbDimensions");
        assertThat(provider.objects("optionalThumbDimensions")).contains(List.of());
        assertThat(p.requireObject("entryDistribution").isNull("sunset")).isTrue();
        assertThat(p.string("title")).contains("Grüße ok");
        assertThat(p.string("format")).contains("1");
    }

    @Test
    void theBodyWinsOverTheQueryAndBothAreMerged() throws IOException {
        Params p = Params.of(read("format=1&id=7&filter[orderBy]=%2BcreatedAt", "application/x-www-form-urlencoded",
                "id=8&filter[statusIn]=2,7".getBytes(StandardCharsets.UTF_8), new Uploads()));
        assertThat(p.integer("id")).contains(8);
        assertThat(p.string("format")).contains("1");
        assertThat(p.requireObject("filter").string("orderBy")).contains("+createdAt");
        assertThat(p.requireObject("filter").string("statusIn")).contains("2,7");
    }

    @Test
    void withoutAContentTypeABraceMeansJson() throws IOException {
        assertThat(read(null, " {\"id\":5}").integer("id")).contains(5);
        assertThat(read("text/plain", "id=5").integer("id")).contains(5);
        assertThat(read(null, "").names()).isEmpty();
    }

    @Test
    void malformedBodiesAreNamed() throws IOException {
        assertThat(error(() -> read("application/json", "{\"a\":")).code()).isEqualTo("MALFORMED_JSON");
        assertThat(error(() -> read("application/json", "[1,2]")).code()).isEqualTo("MALFORMED_JSON");
        assertThat(error(() -> read("application/json", "[".repeat(100))).code()).isEqualTo("MALFORMED_JSON");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "a=%zz")).code()).isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "a[b=1")).code()).isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "a=1&a[b]=2")).code()).isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "a[b]=2&a=1")).code()).isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "=1")).code()).isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("application/x-www-form-urlencoded", "a" + "[x]".repeat(40) + "=1")).code())
                .isEqualTo("MALFORMED_FORM");
        assertThat(error(() -> read("multipart/form-data; boundary=zz", "--zz\r\nbroken")).code())
                .isEqualTo("MALFORMED_MULTIPART");
    }

    @Test
    void anOversizedBodyIsRefusedByItsLengthOrWhileReading() throws IOException {
        RequestReader small = new RequestReader(10);
        KalturaException declared = error(() -> small.read("application/json", 11, new ByteArrayInputStream(new byte[0]),
                new java.util.LinkedHashMap<>(), new Uploads()));
        assertThat(declared.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        KalturaException streamed = error(() -> small.read("application/json", -1,
                new ByteArrayInputStream("{\"name\":\"0123456789\"}".getBytes(StandardCharsets.UTF_8)),
                new java.util.LinkedHashMap<>(), new Uploads()));
        assertThat(streamed.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        KalturaException multipart = error(() -> small.read("multipart/form-data; boundary=b", -1,
                new ByteArrayInputStream(javaUpload().getBytes(StandardCharsets.ISO_8859_1)),
                new java.util.LinkedHashMap<>(), new Uploads()));
        assertThat(multipart.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    /** Java's four parts, in its order (KALTURA-WIRE.md 1.7). */
    private static String javaUpload() {
        return "--b\r\nContent-Disposition: form-data; name=\"http.method.multipart.boundary\"\r\n\r\nb\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"json\"\r\nContent-Type: text/plain; charset=US-ASCII\r\n\r\n"
                + "{\"id\":201,\"ks\":\"4242.1.sig\",\"format\":2,\"name\":\"Gr?\"}\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"xslFile\"\r\n\r\nfilename=feed.xsl\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"xslFile\"; filename=\"feed.xsl\"\r\n"
                + "Content-Type: application/octet-stream; charset=ISO-8859-1\r\n\r\n<xsl:stylesheet/>\r\n--b--\r\n";
    }

    @Test
    void javasUploadTakesTheJsonPartAndTheFilePartWithAFilename() throws IOException {
        try (Uploads uploads = new Uploads()) {
            Params p = Params.of(read(null, "multipart/form-data; boundary=b", javaUpload().getBytes(StandardCharsets.ISO_8859_1),
                    uploads));
            assertThat(p.requireInt("id")).isEqualTo(201);
            assertThat(p.string("ks")).contains("4242.1.sig");
            Upload file = uploads.get("xslFile").orElseThrow();
            assertThat(file.fileName()).isEqualTo("feed.xsl");
            assertThat(file.size()).isEqualTo(17);
            try (InputStream in = file.open()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<xsl:stylesheet/>");
            }
        }
    }

    @Test
    void pythonsUploadWithAFullLocalPathAndCurlsPlainParts() throws IOException {
        String python = "--p\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{\"id\":\"201\",\"format\":\"2\"}\r\n"
                + "--p\r\nContent-Disposition: form-data; name=\"xsdFile\"; filename=\"C:\\\\Users\\\\me\\\\feed.xsd\"\r\n\r\n"
                + "<xs:schema/>\r\n--p--\r\n";
        try (Uploads uploads = new Uploads()) {
            Params p = Params.of(read(null, "multipart/form-data; boundary=p", python.getBytes(StandardCharsets.UTF_8), uploads));
            assertThat(p.requireInt("id")).isEqualTo(201);
            assertThat(uploads.get("xsdFile").orElseThrow().fileName()).isEqualTo("feed.xsd");
        }
        String curl = "--c\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n201\r\n"
                + "--c\r\nContent-Disposition: form-data; name=\"gaction[objectType]\"\r\n\r\nX\r\n"
                + "--c\r\nContent-Disposition: form-data; name=\"transformFile\"; filename=\"../../etc/passwd\"\r\n\r\n"
                + "data\r\n--c--\r\n";
        try (Uploads uploads = new Uploads()) {
            Params p = Params.of(read("format=1", "multipart/form-data; boundary=c", curl.getBytes(StandardCharsets.UTF_8),
                    uploads));
            assertThat(p.requireInt("id")).isEqualTo(201);
            assertThat(p.requireObject("gaction").objectType()).contains("X");
            assertThat(p.string("format")).contains("1");
            assertThat(uploads.get("transformFile").orElseThrow().fileName()).isEqualTo("passwd");
            assertThat(uploads.get("id")).isEmpty();
        }
    }

    @Test
    void uploadsAreRemovedWhenClosed() throws IOException {
        Uploads uploads = new Uploads();
        read(null, "multipart/form-data; boundary=b", javaUpload().getBytes(StandardCharsets.ISO_8859_1), uploads);
        Upload file = uploads.get("xslFile").orElseThrow();
        uploads.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(file::open).isInstanceOf(IOException.class);
    }

    @Test
    void theMultirequestOfTheDocumentKeepsEachCallUnderItsKey() throws IOException {
        Map<String, Object> tree = read(null, "application/json", """
                {"format":2,"clientTag":"java:15-10-26","apiVersion":"3.3.0","ignoreNull":true,"kalsig":"x",
                 "1":{"service":"contentdistribution_distributionprofile","action":"get","id":301,"ks":"k","partnerId":"4242"},
                 "2":{"service":"contentdistribution_entrydistribution","action":"get","id":401,"ks":"k","partnerId":"4242"}}"""
                .getBytes(StandardCharsets.UTF_8), new Uploads());
        Params p = Params.of(tree);
        assertThat(p.requireObject("1").string("service")).contains("contentdistribution_distributionprofile");
        assertThat(p.requireObject("2").requireInt("id")).isEqualTo(401);
        Params form = read("application/x-www-form-urlencoded", "1:service=session&1:action=start&2[service]=x&2[action]=y");
        assertThat(form.requireObject("1").string("action")).contains("start");
        assertThat(form.requireObject("2").string("service")).contains("x");
    }

    @Test
    void aLargeJsonBodyWithinTheLimitIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"xslData\":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("x".repeat(500_000).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Params.of(read(null, "application/json", out.toByteArray(), new Uploads())).string("xslData").get())
                .hasSize(500_000);
    }
}
