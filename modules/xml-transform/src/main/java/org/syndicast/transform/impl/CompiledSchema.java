package org.syndicast.transform.impl;

import java.io.IOException;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.validation.Validator;

import org.syndicast.transform.Limits;
import org.syndicast.transform.Schema;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** A compiled schema ({@link javax.xml.validation.Schema} is thread-safe; a validator per run). */
final class CompiledSchema implements Schema {
    private final String name;
    private final String digest;
    private final javax.xml.validation.Schema schema;
    private final SandboxRunner sandbox;

    CompiledSchema(String name, String digest, javax.xml.validation.Schema schema, SandboxRunner sandbox) {
        this.name = name;
        this.digest = digest;
        this.schema = schema;
        this.sandbox = sandbox;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public List<XmlProblem> validate(byte[] document) throws TransformException {
        Limits bounds = sandbox.settings().limits();
        if (document.length > bounds.outputBytes()) {
            throw new TransformException(Kind.INVALID_INPUT,
                    "document of " + document.length + " bytes is larger than the limit of " + bounds.outputBytes());
        }
        return sandbox.run(bounds, run -> {
            Problems problems = new Problems();
            Validator validator = validator(problems);
            try {
                validator.validate(SafeXml.source(document));
            } catch (SAXParseException e) {
                // the fatal error is already in the list: parsing stopped there
            } catch (SAXException | IOException e) {
                problems.add(XmlProblem.of(String.valueOf(e.getMessage())));
            }
            return problems.list();
        }, e -> new TransformException(Kind.RUN_FAILED, "validation against " + name + " failed: " + e));
    }

    private Validator validator(Problems problems) throws SAXException {
        Validator validator = schema.newValidator();
        validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setResourceResolver(new RefusingResolver());
        validator.setErrorHandler(problems);
        return validator;
    }
}
