package org.syndicast.distribution.rest.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.syndicast.distribution.api.ChannelUnavailableException;
import org.syndicast.distribution.api.DistributionException;
import org.syndicast.distribution.api.InvalidInputException;

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
}
