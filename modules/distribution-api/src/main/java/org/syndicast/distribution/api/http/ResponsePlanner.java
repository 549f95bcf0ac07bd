package org.syndicast.distribution.api.http;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Decides the status of a GET or HEAD of an existing file from the request's conditional and range headers
 * (RFC 9110, sections 13 and 14), without touching the servlet API, so it can be tested on its own.
 *
 * <p>Order: {@code If-None-Match} (weak comparison), or when absent {@code If-Modified-Since}, can answer
 * 304; then {@code Range} applies only when {@code If-Range} is absent or still names this version (a strong
 * tag or the exact {@code Last-Modified} date); otherwise the whole file is sent with 200.
 */
public final class ResponsePlanner {

    /**
     * The request headers that matter; absent ones are null, and -1 for a missing or unreadable date.
     *
     * @param ifNoneMatch     {@code If-None-Match}
     * @param ifModifiedSince {@code If-Modified-Since} in epoch milliseconds, or -1
     * @param range           {@code Range}
     * @param ifRange         {@code If-Range}
     */
    public record Validators(String ifNoneMatch, long ifModifiedSince, String range, String ifRange) {
    }

    /**
     * The answer.
     *
     * @param status 200, 206, 304 or 416
     * @param range  the bytes to send with 206, otherwise null
     */
    public record Plan(int status, ByteRange range) {
    }

    public static final int OK = 200;
    public static final int PARTIAL_CONTENT = 206;
    public static final int NOT_MODIFIED = 304;
    public static final int RANGE_NOT_SATISFIABLE = 416;

    private ResponsePlanner() {
    }

    public static Plan plan(Validators request, FileVersion file) {
        if (notModified(request, file)) {
            return new Plan(NOT_MODIFIED, null);
        }
        if (request.range() == null || (request.ifRange() != null && !ifRangeHolds(request.ifRange(), file))) {
            return new Plan(OK, null);
        }
        RangeHeader.Result result = RangeHeader.parse(request.range(), file.size());
        if (result instanceof RangeHeader.Partial partial) {
            return new Plan(PARTIAL_CONTENT, partial.range());
        }
        if (result instanceof RangeHeader.Unsatisfiable) {
            return new Plan(RANGE_NOT_SATISFIABLE, null);
        }
        return new Plan(OK, null);
    }

    private static boolean notModified(Validators request, FileVersion file) {
        if (request.ifNoneMatch() != null) {
            // when If-None-Match is present, If-Modified-Since is ignored (RFC 9110, 13.1.3)
            return EntityTags.noneMatchHits(request.ifNoneMatch(), file.etag());
        }
        return request.ifModifiedSince() >= 0 && file.lastModifiedMillis() <= request.ifModifiedSince();
    }

    private static boolean ifRangeHolds(String ifRange, FileVersion file) {
        if (EntityTags.isTag(ifRange)) {
            return EntityTags.strongMatch(ifRange, file.etag());
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(ifRange.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return date.toInstant().toEpochMilli() == file.lastModifiedMillis();
        } catch (DateTimeException e) {
            return false; // unreadable validator: the safe answer is the whole, current file
        }
    }
}
