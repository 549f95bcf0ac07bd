package org.syndicast.distribution.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Map;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.InvalidInputException;
import org.syndicast.distribution.api.auth.AccessDeniedException;
import org.syndicast.distribution.rest.ErrorShape;

/** Every exception becomes a status and an XML error document; nothing internal leaks. */
class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    void invalidInputKeepsItsStatusCodeAndMessage() {
        Response r = mapper.toResponse(new InvalidInputException("ELEMENT_NOT_FOUND", "No element 'x' in mediapackage 'mp'"));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getMediaType().isCompatible(MediaType.TEXT_XML_TYPE)).isTrue();
        assertThat(r.getMediaType().getParameters()).containsEntry("charset", "UTF-8");
        assertThat(ErrorDocument.parse(r.getEntity()))
                .isEqualTo(new ErrorDocument("error", "ELEMENT_NOT_FOUND", "No element 'x' in mediapackage 'mp'"));
    }

    @Test
    void invalidInputWithItsOwnStatusKeepsIt() {
        assertThat(mapper.toResponse(new InvalidInputException("PAYLOAD_TOO_LARGE", "too big", 413)).getStatus())
                .isEqualTo(413);
        Response absent = mapper.toResponse(new ChannelUnavailableException("s3"));
        assertThat(absent.getStatus()).isEqualTo(404);
        assertThat(ErrorDocument.parse(absent.getEntity()).code()).isEqualTo("CHANNEL_NOT_FOUND");
    }

    @Test
    void messageTextIsEscapedNotInterpreted() {
        Response r = mapper.toResponse(new InvalidInputException("MALFORMED_MEDIAPACKAGE", "<x> & \"y\" ]]>"));

        assertThat(ErrorDocument.parse(r.getEntity()).message()).isEqualTo("<x> & \"y\" ]]>");
    }

    @Test
    void aFailedSynchronousDistributionIs500WithItsCode() {
        Response r = mapper.toResponse(DistributionException.transientFailure("TARGET_UNREACHABLE", "ftp.test refused", null));

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(ErrorDocument.parse(r.getEntity())).isEqualTo(new ErrorDocument("error", "TARGET_UNREACHABLE", "ftp.test refused"));
    }

    @Test
    void jaxRsClientErrorsKeepTheirStatusWithACodeFromTheReason() {
        assertMapped(new NotFoundException(), 404, "NOT_FOUND");
        assertMapped(new NotAllowedException("GET"), 405, "METHOD_NOT_ALLOWED");
        assertMapped(new NotSupportedException(), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertMapped(new NotAcceptableException(), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aStatusWithoutAKnownReasonIsNamedByItsNumber() {
        assertMapped(new WebApplicationException(499), 499, "HTTP_499");
    }

    @Test
    void aJaxRsServerErrorIsAnInternalError() {
        Response r = mapper.toResponse(new ServiceUnavailableException("database pool exhausted"));

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(ErrorDocument.parse(r.getEntity()).code()).isEqualTo("INTERNAL_ERROR");
        assertThat((String) r.getEntity()).doesNotContain("database pool");
    }

    @Test
    void anUnexpectedErrorIs500WithAReferenceAndNotItsMessage() {
        RuntimeException e = new IllegalStateException("SELECT password FROM users", new SQLException("jdbc:h2:/srv/db"));

        Response r = mapper.toResponse(e);

        assertThat(r.getStatus()).isEqualTo(500);
        ErrorDocument doc = ErrorDocument.parse(r.getEntity());
        assertThat(doc.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(doc.message()).containsPattern("reference [0-9a-f-]{36}");
        assertThat((String) r.getEntity()).doesNotContain("SELECT", "password", "jdbc", "IllegalState", "at org.");
    }

    @Test
    void everyUnexpectedErrorGetsItsOwnReference() {
        String first = ErrorDocument.parse(mapper.toResponse(new NullPointerException()).getEntity()).message();
        String second = ErrorDocument.parse(mapper.toResponse(new NullPointerException()).getEntity()).message();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anErrorThatIsNotAnExceptionIsAlsoAnInternalError() {
        Response r = mapper.toResponse(new StackOverflowError("deep"));

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(ErrorDocument.parse(r.getEntity()).code()).isEqualTo("INTERNAL_ERROR");
    }

    private void assertMapped(WebApplicationException e, int status, String code) {
        Response r = mapper.toResponse(e);
        assertThat(r.getStatus()).as(code).isEqualTo(status);
        assertThat(ErrorDocument.parse(r.getEntity()).code()).isEqualTo(code);
    }

    @Test
    void aMethodNotAllowedKeepsItsAllowHeader() {
        Response r = mapper.toResponse(new javax.ws.rs.NotAllowedException("GET", new String[] { "HEAD" }));
        assertThat(r.getStatus()).isEqualTo(405);
        assertThat(r.getHeaderString("Allow")).contains("GET");
        assertThat(ErrorDocument.parse(r.getEntity()).code()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void aShapeThatAnswersEveryErrorWith200KeepsItsStatusAndTheHeaders() {
        mapper.addShape((status, code, message) -> Response.ok("kaltura:" + code, MediaType.TEXT_XML_TYPE),
                Map.of(ErrorShape.PATH, "api_v3"));
        Response r = mappedAt("api_v3/service/x", new javax.ws.rs.NotAllowedException("GET", new String[] { "POST" }));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getEntity()).isEqualTo("kaltura:METHOD_NOT_ALLOWED");
        assertThat(r.getHeaderString("Allow")).contains("GET");
        assertThat(mappedAt("//api_v3//service/x", new NotFoundException()).getEntity()).isEqualTo("kaltura:NOT_FOUND");
    }

    @Test
    void theShapeOfTheLongestMatchingPathAnswersAndOpencastXmlElsewhere() {
        ErrorShape ingest = (status, code, message) -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("ingest:" + code);
        ErrorShape emdb = new ErrorShape() {
            @Override
            public Response.ResponseBuilder error(int status, String code, String message) {
                return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity("emdb:" + message);
            }

            @Override
            public boolean challenges() {
                return false;
            }
        };
        mapper.addShape(ingest, Map.of(ErrorShape.PATH, "assets"));
        mapper.addShape(emdb, Map.of(ErrorShape.PATH, "/assets/mediadb/"));

        assertThat(mappedAt("assets/a-1/elements", new InvalidInputException("NOPE", "no")).getEntity()).isEqualTo("ingest:NOPE");
        assertThat(mappedAt("/assets", new NotFoundException()).getEntity()).isEqualTo("ingest:NOT_FOUND");
        assertThat(mappedAt("assets/mediadb/services/x", new InvalidInputException("NOPE", "no")).getEntity())
                .isEqualTo("emdb:no");
        assertThat(mappedAt("assetsX/y", new InvalidInputException("NOPE", "no")).getMediaType()
                .isCompatible(MediaType.TEXT_XML_TYPE)).isTrue();
        assertThat(mappedAt("distribution/download/", new InvalidInputException("NOPE", "no")).getMediaType()
                .isCompatible(MediaType.TEXT_XML_TYPE)).isTrue();

        mapper.removeShape(emdb, Map.of(ErrorShape.PATH, "/assets/mediadb/"));
        assertThat(mappedAt("assets/mediadb/services/x", new InvalidInputException("NOPE", "no")).getEntity())
                .isEqualTo("ingest:NOPE");
    }

    @Test
    void aRefusedCallerIs401WithTheChallengeWhereTheDialectWantsIt() {
        ErrorShape quiet = new ErrorShape() {
            @Override
            public Response.ResponseBuilder error(int status, String code, String message) {
                return Response.status(status).entity(code);
            }

            @Override
            public boolean challenges() {
                return false;
            }
        };
        mapper.addShape(quiet, Map.of(ErrorShape.PATH, "quiet"));
        AccessDeniedException noCaller = new AccessDeniedException(401, "UNAUTHORIZED", "Authentication required");

        Response opencast = mappedAt("services/job/1.xml", noCaller);
        assertThat(opencast.getStatus()).isEqualTo(401);
        assertThat(opencast.getHeaderString("WWW-Authenticate")).isEqualTo(AccessDeniedException.BASIC_CHALLENGE);
        assertThat(ErrorDocument.parse(opencast.getEntity()).code()).isEqualTo("UNAUTHORIZED");
        Response elsewhere = mappedAt("quiet/x", noCaller);
        assertThat(elsewhere.getStatus()).isEqualTo(401);
        assertThat(elsewhere.getHeaderString("WWW-Authenticate")).isNull();
        Response forbidden = mappedAt("services/job/1.xml", new AccessDeniedException(403, "FORBIDDEN", "may not"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getHeaderString("WWW-Authenticate")).isNull();
    }

    private Response mappedAt(String path, Throwable e) {
        mapper.uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return mapper.toResponse(e);
    }
}
