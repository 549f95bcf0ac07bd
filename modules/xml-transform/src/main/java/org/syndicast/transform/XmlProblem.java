package org.syndicast.transform;

/**
 * One thing wrong with a stylesheet, schema or document, where it is: {@code line} and {@code column} are
 * 1-based, or {@code 0} when the processor could not tell (a run-time error of a stylesheet often has no
 * position). The message is the processor's own, in English, and never carries file contents.
 */
public record XmlProblem(int line, int column, String message) {
    public XmlProblem {
        line = Math.max(0, line);
        column = Math.max(0, column);
        message = message == null || message.isBlank() ? "unspecified error" : message.strip();
    }

    /** A problem without a position. */
    public static XmlProblem of(String message) {
        return new XmlProblem(0, 0, message);
    }

    /** "line 3, column 7: message", or just the message when there is no position. */
    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ", column " + column + ": " + message;
    }
}
