package org.syndicast.transform;

import java.util.Arrays;
import java.util.Optional;

/** Kaltura's {@code KalturaGenericDistributionProviderParser} values. */
public enum ResultsParserType {
    /** An XSLT stylesheet whose text output is the remote id. */
    XSL(1),
    /** An XPath 1.0 expression whose string value over the response is the remote id. */
    XPATH(2),
    /** A regular expression whose first group (or whole match, without groups) is the remote id. */
    REGEX(3);

    private final int code;

    ResultsParserType(int code) {
        this.code = code;
    }

    /** Kaltura's number for it. */
    public int code() {
        return code;
    }

    /** The type with Kaltura's number {@code code}, if there is one. */
    public static Optional<ResultsParserType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
