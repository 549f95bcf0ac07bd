package org.syndicast.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kaltura's {@code /api_v3} wire from outside, with what the assembly has (no distribution service yet: the wire's
 * own {@code system} service): every answer, errors included, is HTTP 200 with Kaltura's envelope, XML by default
 * and JSON with {@code format=1}; unknown services and actions, multirequests, malformed and oversized bodies
 * and odd methods included; and the server keeps serving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KalturaWireIT {
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result>";
    private static final int LIMIT = 100_000;

    private KarafServer server;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        server = KarafServer.create("kaltura-wire");
        server.set("org.syndicast.kaltura.rest", "max.body.bytes", Integer.toString(LIMIT));
        server.start();
        api = Api.anonymous(server);
        api.awaitKaltura(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A Kaltura XML answer: HTTP 200, first byte '<', one line, UTF-8 XML. */
    private static String xml(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(r.body()).startsWith(XML_HEAD).endsWith("</result></xml>").doesNotContain("\n");
        return r.body();
    }

    private static void xmlError(HttpResponse<String> r, String code) {
        assertThat(xml(r)).contains("<error><objectType>KalturaAPIException</objectType><code>" + code + "</code><message>");
    }

    private static void jsonError(HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"code\":\"" + code + "\",\"message\":\"").contains("\"objectType\":\"KalturaAPIException\"");
    }

    private HttpResponse<String> javaPost(String path, String json) {
        return api.json("POST", path, json);
    }

    @Test
    void aCallAnswersItsResultInXmlOrJson() {
        assertThat(xml(javaPost("/api_v3/service/system/action/ping", "{\"format\":2,\"clientTag\":\"java:15-10-26\"}")))
                .isEqualTo(XML_HEAD + "1</result></xml>");
        HttpResponse<String> json = api.post("/api_v3/service/system/action/ping", Api.form("format", "1"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("true");
        assertThat(xml(api.get("/api_v3/service/system/action/getTime"))).matches(".*<result>[0-9]{10}</result></xml>");
    }

    Stream<Arguments> unknownServices() {
        return Stream.of(
                Arguments.of("path", "/api_v3/service/contentdistribution_nothing/action/list"),
                Arguments.of("query", "/api_v3/?service=contentdistribution_nothing&action=list"),
                Arguments.of("index.php", "/api_v3/index.php?service=contentdistribution_nothing&action=list"),
                Arguments.of("repeated slashes", "//api_v3//service/contentdistribution_nothing/action/list"),
                Arguments.of("service without action", "/api_v3/service/contentdistribution_nothing"),
                Arguments.of("a path of no call", "/api_v3/nothing/here/at/all"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownServices")
    void anUnknownServiceIsAnApiErrorWithStatus200(String name, String path) {
        xmlError(javaPost(path, "{\"format\":2,\"ks\":\"x\"}"), "SERVICE_DOES_NOT_EXISTS");
        xmlError(api.get(path), "SERVICE_DOES_NOT_EXISTS");
        jsonError(api.post(path + (path.contains("?") ? "&" : "?") + "format=1", Api.form("ks", "x")),
                "SERVICE_DOES_NOT_EXISTS");
    }

    @Test
    void namesMatchInAnyCaseAndAnUnknownActionIsNamed() {
        assertThat(xml(api.get("/api_v3/SERVICE/System/ACTION/PING"))).isEqualTo(XML_HEAD + "1</result></xml>");
        xmlError(javaPost("/api_v3/service/system/action/submitEverything", "{}"), "ACTION_DOES_NOT_EXISTS");
        jsonError(javaPost("/api_v3/service/system/action/submitEverything", "{\"format\":1}"), "ACTION_DOES_NOT_EXISTS");
        xmlError(api.get("/api_v3/"), "MISSING_MANDATORY_PARAMETER");
    }

    @Test
    void aMultirequestAnswersEveryCallInlineInOrder() {
        String body = "{\"format\":2,\"ks\":\"x\",\"1\":{\"service\":\"contentdistribution_nothing\",\"action\":\"get\",\"id\":1},"
                + "\"2\":{\"service\":\"contentdistribution_distributionprofile_gone\",\"action\":\"list\"}}";
        String doc = xml(javaPost("/api_v3/service/multirequest", body));
        assertThat(doc).matches("^\\Q" + XML_HEAD + "\\E<item><error>.*SERVICE_DOES_NOT_EXISTS.*</error></item>"
                + "<item><error>.*SERVICE_DOES_NOT_EXISTS.*</error></item></result></xml>$");
        assertThat(doc.split("<item><error>", -1)).hasSize(3);

        HttpResponse<String> json = api.post("/api_v3/service/multirequest", Api.form("format", "1",
                "0:service", "nothing", "0:action", "get", "1[service]", "system", "1[action]", "nothing"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).startsWith("[{\"code\":\"SERVICE_DOES_NOT_EXISTS\"").contains("},{\"code\":\"ACTION_DOES_NOT_EXISTS\"")
                .endsWith("}]");
    }

    @Test
    void aMultirequestRefersToEarlierResultsByPosition() {
        String body = "{\"format\":2,\"0\":{\"service\":\"system\",\"action\":\"ping\"},"
                + "\"1\":{\"service\":\"{1:result}\",\"action\":\"getTime\"},"
                + "\"2\":{\"service\":\"system\",\"action\":\"{7:result}\"}}";
        String doc = xml(javaPost("//api_v3/service/multirequest", body));
        assertThat(doc).startsWith(XML_HEAD + "<item>1</item><item><error>")
                .contains("<code>SERVICE_DOES_NOT_EXISTS</code>")
                .endsWith("<code>MISSING_MANDATORY_PARAMETER</code><message>Missing parameter \"action\"</message>"
                        + "<args><item><objectType>KalturaApiExceptionArg</objectType><name>PARAM_NAME</name><value>action"
                        + "</value></item></args></error></item></result></xml>");
    }

    Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("broken JSON", "application/json", "{\"format\":2,\"id\":", "MALFORMED_JSON"),
                Arguments.of("JSON array", "application/json", "[1,2,3]", "MALFORMED_JSON"),
                Arguments.of("JSON nested too deeply", "application/json", "{\"a\":" + "[".repeat(5000), "MALFORMED_JSON"),
                Arguments.of("bad escape", "application/x-www-form-urlencoded", "id=%zz", "MALFORMED_FORM"),
                Arguments.of("value and object", "application/x-www-form-urlencoded", "a=1&a[b]=2", "MALFORMED_FORM"),
                Arguments.of("unclosed bracket", "application/x-www-form-urlencoded", "a[b=1", "MALFORMED_FORM"),
                Arguments.of("broken multipart", "multipart/form-data; boundary=zz", "--zz\r\nno headers", "MALFORMED_MULTIPART"),
                Arguments.of("multipart without boundary", "multipart/form-data", "x", "MALFORMED_MULTIPART"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIsAnApiErrorWithStatus200(String name, String type, String body, String code) {
        xmlError(api.send("POST", "/api_v3/service/system/action/ping", type, body), code);
        jsonError(api.send("POST", "/api_v3/service/system/action/ping?format=1", type, body), code);
        xml(api.get("/api_v3/service/system/action/ping"));
    }

    @Test
    void anOversizedBodyIsAnApiErrorWithStatus200() {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        byte[] json = ("{\"xslData\":\"" + new String(big, StandardCharsets.US_ASCII) + "\"}").getBytes(StandardCharsets.US_ASCII);
        xmlError(api.send("POST", "/api_v3/service/system/action/ping", "application/json", json), "PAYLOAD_TOO_LARGE");
        // no Content-Length: refused while reading
        HttpResponse<String> chunked = api.postRaw("/api_v3/service/system/action/ping?format=1", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));
        jsonError(chunked, "PAYLOAD_TOO_LARGE");
        HttpResponse<String> multipart = api.send("POST", "/api_v3/service/system/action/ping",
                "multipart/form-data; boundary=b", ("--b\r\nContent-Disposition: form-data; name=\"xslFile\"; filename=\"a.xsl\""
                        + "\r\n\r\n" + new String(big, StandardCharsets.US_ASCII) + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII));
        xmlError(multipart, "PAYLOAD_TOO_LARGE");
        assertThat(xml(api.get("/api_v3/service/system/action/ping"))).isEqualTo(XML_HEAD + "1</result></xml>");
    }

    @Test
    void otherMethodsAndHostileHeadersGetTheEnvelopeToo() {
        xmlError(api.raw("PUT", "/api_v3/service/system/action/ping", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json"), "METHOD_NOT_ALLOWED");
        xmlError(api.raw("DELETE", "/api_v3/service/system/action/ping", null), "METHOD_NOT_ALLOWED");
        xmlError(api.raw("PATCH", "//api_v3//service/system/action/ping", null), "METHOD_NOT_ALLOWED");
        xmlError(api.raw("POST", "/api_v3/service/nothing/action/x", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json; charset=nonsense-charset"), "SERVICE_DOES_NOT_EXISTS");
        HttpResponse<String> control = api.send("POST", "/api_v3/service/nothing%01x/action/x", "application/json", "{}");
        assertThat(control.statusCode()).isEqualTo(200);
        assertThat(xml(api.post("/api_v3/service/system/action/ping", Api.form("format", "2")))).isEqualTo(
                XML_HEAD + "1</result></xml>");
    }

    @Test
    void theAcceptHeaderDoesNotChangeTheFormat() {
        assertThat(xml(api.get("/api_v3/service/system/action/ping", "Accept", "application/json")))
                .isEqualTo(XML_HEAD + "1</result></xml>");
        HttpResponse<String> json = api.get("/api_v3/service/system/action/ping?format=1", "Accept", "text/xml");
        assertThat(json.body()).isEqualTo("true");
    }

    @Test
    void javasUploadIsReadAndItsFileRemovedAfterTheAnswer() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"http.method.multipart.boundary\"\r\n\r\nb\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"json\"\r\nContent-Type: text/plain; charset=US-ASCII\r\n\r\n"
                + "{\"format\":2,\"id\":201}\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"xslFile\"\r\n\r\nfilename=feed.xsl\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"xslFile\"; filename=\"feed.xsl\"\r\n"
                + "Content-Type: application/octet-stream; charset=ISO-8859-1\r\n\r\n<xsl:stylesheet/>\r\n--b--\r\n";
        assertThat(xml(api.send("POST", "/api_v3/service/system/action/ping", "multipart/form-data; boundary=b", body)))
                .isEqualTo(XML_HEAD + "1</result></xml>");
        java.nio.file.Path tmp = server.home().resolve("data/tmp");
        assertThat(tmp).isDirectory();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("kaltura-upload-"));
        }
    }

    @Test
    void servedDataIsNotForThePathsOfOtherDialects() {
        // the Kaltura shape is only for /api_v3: the Opencast dialect keeps its own error document
        HttpResponse<String> other = api.get("/services/job/999999.xml");
        assertThat(other.statusCode()).isNotEqualTo(200);
        assertThat(other.body()).doesNotContain("KalturaAPIException");
    }
}
