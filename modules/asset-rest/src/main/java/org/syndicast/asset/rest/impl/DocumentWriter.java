package org.syndicast.asset.rest.impl;

import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.syndicast.distribution.api.json.Json;

/** Writes a {@link Document} in the form of the negotiated media type: XML for an XML type, JSON otherwise. */
@Component(service = MessageBodyWriter.class)
@JaxrsExtension
@JaxrsName(DocumentWriter.NAME)
@Produces({ Document.JSON, Document.TEXT_XML, Document.APPLICATION_XML })
public final class DocumentWriter implements MessageBodyWriter<Document> {
    static final String NAME = "syndicast.asset.documents";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Document.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Document d, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        boolean xml = mediaType != null && (mediaType.getSubtype().equals("xml") || mediaType.getSubtype().endsWith("+xml"));
        out.write((xml ? d.xml().get() : Json.write(d.json())).getBytes(StandardCharsets.UTF_8));
    }
}
