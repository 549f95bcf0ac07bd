package org.syndicast.transform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stylesheet, schema, expression or document was refused, or a run failed or was stopped. {@link #kind()}
 * says which, {@link #problems()} says exactly what (at least one problem, with line and column where known);
 * the message joins them and is safe to show to the person who uploaded the stylesheet.
 */
public final class TransformException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the work was refused or stopped. */
    public enum Kind {
        /** The stylesheet, schema, XPath or regular expression does not compile. */
        INVALID_SOURCE,
        /** It compiles but uses something the sandbox forbids (a DTD, an extension, an include, ...). */
        FORBIDDEN,
        /** The input document is not well-formed, has a DTD, or is larger than allowed. */
        INVALID_INPUT,
        /** The transformation failed while running (xsl:message terminate, a refused document(), ...). */
        RUN_FAILED,
        /** The run took longer than its time limit and was stopped. */
        TIME_LIMIT,
        /** The run allocated more memory than its allocation limit and was stopped. */
        MEMORY_LIMIT,
        /** The run produced more output than its output limit and was stopped. */
        OUTPUT_LIMIT,
        /** The run recursed deeper than its thread's stack allows and was stopped. */
        RECURSION_LIMIT,
        /** The service is stopped or all of its workers are busy. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final List<XmlProblem> problems;

    public TransformException(Kind kind, List<XmlProblem> problems) {
        super(kind + ": " + join(problems));
        this.kind = kind;
        this.problems = List.copyOf(problems.isEmpty() ? List.of(XmlProblem.of("unspecified error")) : problems);
    }

    public TransformException(Kind kind, String message) {
        this(kind, List.of(XmlProblem.of(message)));
    }

    /** Why the work was refused or stopped. */
    public Kind kind() {
        return kind;
    }

    /** Everything found wrong, in document order where that is known; never empty. */
    public List<XmlProblem> problems() {
        return problems;
    }

    private static String join(List<XmlProblem> problems) {
        return problems.stream().map(XmlProblem::toString).collect(Collectors.joining("; "));
    }
}
