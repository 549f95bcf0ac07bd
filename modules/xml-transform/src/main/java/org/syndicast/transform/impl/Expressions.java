package org.syndicast.transform.impl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds extension function calls in XPath 1.0 text. In XPath 1.0 every function in a namespace (a prefixed
 * name followed by "(") is an extension: {@code java:...}, {@code xalan:...}, {@code exsl:...}, {@code saxon:...}
 * and every other. String literals are skipped, so {@code 'a:b('} is not a call; axes ({@code child::x}) are
 * not prefixes.
 */
final class Expressions {
    private static final Pattern LITERALS = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern PREFIXED_CALL =
            Pattern.compile("(?<![\\w.:\\-])([\\p{L}_][\\w.\\-]*:[\\p{L}_][\\w.\\-]*)\\s*\\(");
    private static final Pattern AVT_EXPRESSION = Pattern.compile("\\{([^{}]*)}");

    private Expressions() {
    }

    /** The first prefixed function name called in {@code xpath}, if any. */
    static Optional<String> extensionCall(String xpath) {
        Matcher m = PREFIXED_CALL.matcher(LITERALS.matcher(xpath).replaceAll("''"));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** As {@link #extensionCall}, for the expressions inside an attribute value template. */
    static Optional<String> extensionCallInTemplate(String avt) {
        Matcher m = AVT_EXPRESSION.matcher(avt.replace("{{", "").replace("}}", ""));
        while (m.find()) {
            Optional<String> call = extensionCall(m.group(1));
            if (call.isPresent()) {
                return call;
            }
        }
        return Optional.empty();
    }
}
