package org.syndicast.transform.impl;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.syndicast.transform.ResultsParser;
import org.syndicast.transform.ResultsParserType;
import org.syndicast.transform.TransformException;
import org.syndicast.transform.TransformException.Kind;
import org.syndicast.transform.XmlProblem;

/**
 * A regular expression whose first group (the whole match when it has none) in the response, read as UTF-8,
 * is the remote id. The response is cut off at the configured bound, and matching runs on the sandbox over a
 * character sequence that checks the run's deadline, so catastrophic backtracking is stopped at the time
 * limit by the matcher itself.
 */
final class RegexResultsParser implements ResultsParser {
    private final Pattern pattern;
    private final SandboxRunner sandbox;

    private RegexResultsParser(Pattern pattern, SandboxRunner sandbox) {
        this.pattern = pattern;
        this.sandbox = sandbox;
    }

    static RegexResultsParser compile(String regex, SandboxRunner sandbox) throws TransformException {
        try {
            return new RegexResultsParser(Pattern.compile(regex), sandbox);
        } catch (PatternSyntaxException e) {
            throw new TransformException(Kind.INVALID_SOURCE, java.util.List.of(
                    new XmlProblem(1, Math.max(0, e.getIndex()) + 1, "not a regular expression: " + e.getDescription())));
        }
    }

    @Override
    public ResultsParserType type() {
        return ResultsParserType.REGEX;
    }

    @Override
    public Optional<String> remoteId(byte[] response) throws TransformException {
        int bound = sandbox.settings().regexMaxInputBytes();
        String text = new String(response, 0, Math.min(response.length, bound), StandardCharsets.UTF_8);
        String found = sandbox.run(sandbox.settings().limits(), run -> {
            Matcher m = pattern.matcher(new Watched(text, run));
            if (!m.find()) {
                return null;
            }
            return m.groupCount() > 0 ? m.group(1) : m.group();
        }, e -> new TransformException(Kind.RUN_FAILED, "regular expression failed: " + e.getMessage()));
        return Optional.ofNullable(found).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The response text, checking the run's deadline every few thousand reads. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final Run run;
        private int reads;

        Watched(String text, Run run) {
            this.text = text;
            this.run = run;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                run.checkCancelled();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
