package org.syndicast.distribution.api.auth;

/** What a request wants to do, and so which roles it needs: the configured read roles or write roles. */
public enum Access {
    /** GET, HEAD, OPTIONS and other calls that change nothing. */
    READ,
    /** Everything that changes state. */
    WRITE;

    /** READ for GET, HEAD and OPTIONS, WRITE for every other HTTP method. */
    public static Access of(String httpMethod) {
        return "GET".equals(httpMethod) || "HEAD".equals(httpMethod) || "OPTIONS".equals(httpMethod) ? READ : WRITE;
    }
}
