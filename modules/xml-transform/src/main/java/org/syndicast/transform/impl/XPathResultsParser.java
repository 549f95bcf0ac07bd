package org.syndicast.transform.impl;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;

import org.syndicast.transform.ResultsParser;
import org.syndicast.transform.ResultsParserType;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * An XPath 1.0 expression (JDK's own, secure processing on, no extension functions or variables) whose string
 * value over the response is the remote id. Names are matched without namespaces (the response is parsed
 * namespace-aware, but the expression has no prefixes to bind), so {@code //*[local-name()='id']} is the way
 * to reach a namespaced element.
 */
final class XPathResultsParser implements ResultsParser {
    private final String expression;
    private final SandboxRunner sandbox;

    private XPathResultsParser(String expression, SandboxRunner sandbox) {
        this.expression = expression;
        this.sandbox = sandbox;
    }

    static XPathResultsParser compile(String expression, SandboxRunner sandbox) throws TransformException {
        Optional<String> call = Expressions.extensionCall(expression);
        if (call.isPresent()) {
            throw new TransformException(Kind.FORBIDDEN,
                    "extension function " + call.get() + "() is not allowed: only XPath 1.0 functions");
        }
        try {
            newXPath().compile(expression);
        } catch (XPathExpressionException e) {
            throw new TransformException(Kind.INVALID_SOURCE, "not an XPath 1.0 expression: " + message(e));
        }
        return new XPathResultsParser(expression, sandbox);
    }

    @Override
    public ResultsParserType type() {
        return ResultsParserType.XPATH;
    }

    @Override
    public Optional<String> remoteId(byte[] response) throws TransformException {
        long limit = sandbox.settings().limits().outputBytes();
        if (response.length > limit) {
            throw new TransformException(Kind.INVALID_INPUT,
                    "answer of " + response.length + " bytes is larger than the limit of " + limit);
        }
        String value = sandbox.run(sandbox.settings().limits(), run -> {
            Document document;
            try {
                document = SafeXml.documentBuilder().parse(new ByteArrayInputStream(response));
            } catch (SAXParseException e) {
                throw new TransformException(Kind.INVALID_INPUT, List.of(Problems.of(e)));
            }
            return (String) newXPath().evaluate(expression, document, XPathConstants.STRING);
        }, e -> new TransformException(Kind.RUN_FAILED, "XPath " + expression + " failed: " + message(e)));
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static XPath newXPath() {
        XPathFactory factory = XPathFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (XPathFactoryConfigurationException e) {
            throw new IllegalStateException("the JDK's XPath refused secure processing", e);
        }
        factory.setXPathFunctionResolver((name, arity) -> null);
        factory.setXPathVariableResolver(name -> {
            throw new IllegalArgumentException("variables are not allowed in a results parser: $" + name);
        });
        return factory.newXPath();
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage() != null ? root.getMessage() : e.getMessage());
    }
}
