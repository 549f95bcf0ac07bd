package org.syndicast.distribution.api.http;

/**
 * Reads an HTTP {@code Range} header (RFC 9110, section 14) against a file of known length. One byte range is
 * honoured: {@code bytes=first-last}, {@code bytes=first-} and the suffix form {@code bytes=-count}.
 *
 * <p>Deliberate simplifications, all permitted by the RFC (a server may ignore {@code Range}): a header with
 * several ranges is answered with the whole file and 200 rather than a {@code multipart/byteranges} body, which
 * few clients ask for and which would cost a multipart writer; a header with another unit or bad syntax is
 * ignored the same way. A well-formed range that starts past the end, or an empty suffix, is unsatisfiable.
 */
public final class RangeHeader {

    /** What to answer. */
    public sealed interface Result permits Whole, Partial, Unsatisfiable {
    }

    /** Serve the whole file with 200. */
    public record Whole() implements Result {
    }

    /** Serve this range with 206. */
    public record Partial(ByteRange range) implements Result {
    }

    /** Answer 416 with {@code Content-Range: bytes *}{@code /length}. */
    public record Unsatisfiable() implements Result {
    }

    public static final Result WHOLE = new Whole();
    public static final Result UNSATISFIABLE = new Unsatisfiable();

    /** Numbers longer than this would overflow a long: they are read as "very large". */
    private static final int MAX_DIGITS = 18;

    private RangeHeader() {
    }

    /** The answer to {@code header} (may be null) for a file of {@code length} bytes. */
    public static Result parse(String header, long length) {
        if (header == null) {
            return WHOLE;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).trim().equalsIgnoreCase("bytes")) {
            return WHOLE;
        }
        String spec = header.substring(equals + 1).trim();
        int dash = spec.indexOf('-');
        if (spec.indexOf(',') >= 0 || dash < 0) {
            return WHOLE;
        }
        String firstText = spec.substring(0, dash).trim();
        String lastText = spec.substring(dash + 1).trim();
        return firstText.isEmpty() ? suffix(lastText, length) : span(firstText, lastText, length);
    }

    private static Result span(String firstText, String lastText, long length) {
        long first = number(firstText);
        long last = lastText.isEmpty() ? Long.MAX_VALUE : number(lastText);
        if (first < 0 || last < first) {
            return WHOLE; // syntactically invalid: the RFC says to ignore the header
        }
        if (first >= length) {
            return UNSATISFIABLE;
        }
        return new Partial(new ByteRange(first, Math.min(last, length - 1)));
    }

    private static Result suffix(String countText, long length) {
        long count = number(countText);
        if (count < 0) {
            return WHOLE;
        }
        if (count == 0 || length == 0) {
            return UNSATISFIABLE;
        }
        return new Partial(new ByteRange(Math.max(0, length - count), length - 1));
    }

    /** The decimal number in {@code text}, saturated at {@link Long#MAX_VALUE}; -1 when not a plain number. */
    private static long number(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int start = 0;
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        return text.length() - start > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(text.substring(start));
    }
}
