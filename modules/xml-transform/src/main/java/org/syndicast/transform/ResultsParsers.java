package org.syndicast.transform;

/** Compiles the generic channel's results parsers. */
public interface ResultsParsers {
    /**
     * A parser of {@code type} from {@code data} (the stylesheet, expression or pattern as uploaded), checked
     * at once: a stylesheet under the rules of {@link Stylesheets}, an XPath 1.0 expression without prefixed
     * functions or variables, a {@link java.util.regex.Pattern} regular expression.
     *
     * @throws TransformException {@code INVALID_SOURCE} or {@code FORBIDDEN}, naming what is wrong
     */
    ResultsParser compile(ResultsParserType type, String name, String data) throws TransformException;
}
