package org.syndicast.transform.impl;

import java.util.Map;

import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamResult;

import org.syndicast.transform.Limits;
import org.syndicast.transform.Stylesheet;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;

/**
 * A compiled stylesheet ({@link Templates} are thread-safe). Each run gets its own {@link Transformer}, made on
 * the caller's thread (so that a stopped worker never held the shared templates' lock), and runs on the
 * sandbox with a resolver that refuses everything and an output that stops at the limit.
 */
final class CompiledStylesheet implements Stylesheet {
    private final String name;
    private final String digest;
    private final Templates templates;
    private final SandboxRunner sandbox;

    CompiledStylesheet(String name, String digest, Templates templates, SandboxRunner sandbox) {
        this.name = name;
        this.digest = digest;
        this.templates = templates;
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
    public byte[] transform(byte[] input, Map<String, String> params, Limits limits) throws TransformException {
        Limits configured = sandbox.settings().limits();
        Limits bounds = limits == null ? configured : limits.within(configured);
        if (input.length > configured.outputBytes()) {
            throw new TransformException(Kind.INVALID_INPUT,
                    "input of " + input.length + " bytes is larger than the limit of " + configured.outputBytes());
        }
        Transformer transformer = newTransformer(params == null ? Map.of() : params);
        RefusingResolver resolver = new RefusingResolver();
        transformer.setURIResolver(resolver);
        return sandbox.run(bounds, run -> {
            LimitedOutput out = new LimitedOutput(bounds.outputBytes(), run);
            Problems inputErrors = new Problems();
            try {
                transformer.transform(SafeXml.source(input, inputErrors), new StreamResult(out));
            } catch (TransformerException | RuntimeException e) {
                throw inputErrors.isEmpty() ? failure(e, out, resolver, bounds)
                        : new TransformException(Kind.INVALID_INPUT, inputErrors.list());
            }
            return out.bytes();
        }, e -> new TransformException(Kind.RUN_FAILED, name + ": " + e));
    }

    private Transformer newTransformer(Map<String, String> params) throws TransformException {
        try {
            Transformer transformer = templates.newTransformer();
            transformer.setErrorListener(QUIET);
            params.forEach((key, value) -> transformer.setParameter(key, value == null ? "" : value));
            return transformer;
        } catch (TransformerConfigurationException e) {
            throw new TransformException(Kind.RUN_FAILED, name + ": " + e.getMessage());
        }
    }

    private TransformException failure(Exception e, LimitedOutput out, RefusingResolver resolver, Limits bounds) {
        if (out.exceeded()) {
            return new TransformException(Kind.OUTPUT_LIMIT,
                    "stopped: the output passed the limit of " + bounds.outputBytes() + " bytes");
        }
        if (hasCause(e, Run.Cancelled.class)) {
            return new TransformException(Kind.TIME_LIMIT,
                    "stopped after the time limit of " + bounds.time().toMillis() + " ms");
        }
        if (resolver.refused() != null) {
            return new TransformException(Kind.FORBIDDEN, "document('" + resolver.refused()
                    + "') refused: the sandbox resolves no URI (a stylesheet must be self-contained)");
        }
        XmlProblem problem = e instanceof TransformerException te ? Problems.of(te) : XmlProblem.of(String.valueOf(e.getMessage()));
        String message = problem.message();
        if (message.contains("FileNotFoundException") || message.contains("accessExternal")) {
            return new TransformException(Kind.FORBIDDEN, "document() refused: the sandbox resolves no URI (" + message + ")");
        }
                return new TransformException(Kind.RUN_FAILED, java.util.List.of(problem));
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof TransformerException te && te.getException() != null && te.getException() != c.getCause()) {
                T inner = cause(te.getException(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Run-time warnings and xsl:message output are the stylesheet author's business, not the log's. */
    private static final ErrorListener QUIET = new ErrorListener() {
        @Override
        public void warning(TransformerException e) {
        }

        @Override
        public void error(TransformerException e) {
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            throw e;
        }
    };
}
