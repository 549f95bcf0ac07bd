package org.syndicast.transform.impl;

import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;

import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;
import org.xml.sax.SAXException;

/**
 * Compiles a stylesheet that passed {@link StylesheetRules} with the JDK's XSLTC ({@link
 * TransformerFactory#newDefaultInstance()}: never a Saxon or Xalan another bundle provides, whatever the thread
 * context class loader says), secure processing on, no external DTD or stylesheet access, a resolver that
 * refuses every URI. A new factory per compile: factories are not thread-safe, and compiling is rare.
 */
final class StylesheetCompiler {
    private StylesheetCompiler() {
    }

    static Templates compile(String name, byte[] xslt) throws TransformException {
        StylesheetRules.check(xslt);
        Listener listener = new Listener();
        TransformerFactory factory = factory(listener);
        try {
            Templates templates = factory.newTemplates(SafeXml.source(xslt));
            if (templates == null || !listener.problems.isEmpty()) {
                throw new TransformException(Kind.INVALID_SOURCE, listener.all("stylesheet " + name + " does not compile"));
            }
            return templates;
        } catch (TransformerConfigurationException e) {
            List<XmlProblem> problems = listener.all(String.valueOf(e.getMessageAndLocation()));
            boolean forbidden = problems.stream().anyMatch(p -> p.message().contains("secure processing"));
            throw new TransformException(forbidden ? Kind.FORBIDDEN : Kind.INVALID_SOURCE, problems);
        } catch (SAXException e) {
            throw new IllegalStateException("the sandbox's XML reader could not be created", e);
        }
    }

    private static TransformerFactory factory(ErrorListener listener) {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("XSLTC refused secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        factory.setURIResolver(new RefusingResolver());
        factory.setErrorListener(listener);
        return factory;
    }

    /** XSLTC reports each compile error here before failing with a summary. */
    private static final class Listener implements ErrorListener {
        final Problems problems = new Problems();

        @Override
        public void warning(TransformerException e) {
            // warnings (an unknown attribute, say) do not fail a compile
        }

        @Override
        public void error(TransformerException e) {
            problems.add(Problems.of(e));
        }

        @Override
        public void fatalError(TransformerException e) {
            problems.add(Problems.of(e));
        }

        List<XmlProblem> all(String fallback) {
            return problems.isEmpty() ? List.of(XmlProblem.of(fallback)) : problems.list();
        }
    }
}
