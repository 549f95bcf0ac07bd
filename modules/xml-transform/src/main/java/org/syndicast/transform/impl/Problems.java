package org.syndicast.transform.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;

import org.syndicast.transform.XmlProblem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects problems reported by a parser, validator or compiler, up to {@link #MAX} (a hostile document can
 * have millions of errors; past the cap one last problem says that more were left out).
 */
final class Problems implements ErrorHandler {
    static final int MAX = 1000;

    /** XSLTC's compile errors carry their line in the message only: "line 3: Error parsing XPath ...". */
    private static final Pattern XSLTC_LINE = Pattern.compile("(?s)line (\\d{1,9}): (.*)");

    private final List<XmlProblem> list = new ArrayList<>();
    private boolean truncated;

    synchronized void add(XmlProblem problem) {
        if (list.contains(problem)) {
            return;   // XSLTC reports some errors twice
        }
        if (list.size() < MAX) {
            list.add(problem);
        } else {
            truncated = true;
        }
    }

    void add(SAXParseException e) {
        add(of(e));
    }

    synchronized List<XmlProblem> list() {
        List<XmlProblem> all = new ArrayList<>(list);
        if (truncated) {
            all.add(XmlProblem.of("more than " + MAX + " problems; the rest are not listed"));
        }
        return all;
    }

    synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    static XmlProblem of(SAXParseException e) {
        return new XmlProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    static XmlProblem of(TransformerException e) {
        SourceLocator at = e.getLocator();
        Throwable cause = e.getException();
        if (at == null && cause instanceof SAXParseException sax) {
            return of(sax);
        }
        String message = cause != null && cause.getMessage() != null && e.getMessage() != null
                && e.getMessage().startsWith(cause.getClass().getName()) ? cause.getMessage() : e.getMessage();
        if (at != null) {
            return new XmlProblem(at.getLineNumber(), at.getColumnNumber(), message);
        }
        Matcher line = XSLTC_LINE.matcher(String.valueOf(message));
        return line.matches() ? new XmlProblem(Integer.parseInt(line.group(1)), 0, line.group(2)) : XmlProblem.of(message);
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings never fail anything
    }

    @Override
    public void error(SAXParseException e) {
        add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        add(e);
        throw e;
    }
}
