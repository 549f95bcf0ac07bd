package org.syndicast.distribution.api;

/**
 * Validation of the strings that become path segments on disk, in object keys and in URLs.
 * A file path is only ever built from segments that passed {@link #require(String, String)}.
 */
public final class Segments {
    /** The longest segment accepted, in characters. */
    public static final int MAX_LENGTH = 255;

    private Segments() {
    }

    /**
     * Returns {@code value} when it is safe as one path segment: not empty, at most {@value #MAX_LENGTH}
     * characters, not {@code .} or {@code ..}, no {@code /}, {@code \}, {@code :}, or control characters.
     *
     * @param name what the value is, for the error message (e.g. {@code channelId})
     * @throws InvalidInputException with code {@code INVALID_SEGMENT} otherwise
     */
    public static String require(String name, String value) {
        if (!isValid(value)) {
            throw new InvalidInputException("INVALID_SEGMENT",
                    "'" + name + "' must be one path segment without '/', '\\', ':', '..' or control characters");
        }
        return value;
    }

    /** Whether {@code value} is safe as one path segment; see {@link #require(String, String)}. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || value.equals(".") || value.equals("..")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
