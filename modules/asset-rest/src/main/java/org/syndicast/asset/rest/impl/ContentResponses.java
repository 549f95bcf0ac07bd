package org.syndicast.asset.rest.impl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.syndicast.asset.api.AssetElement;
import org.syndicast.asset.api.StoredContent;
import org.syndicast.distribution.api.http.ByteRange;
import org.syndicast.distribution.api.http.RangeCopy;
import org.syndicast.distribution.api.http.FileVersion;
import org.syndicast.distribution.api.http.ResponsePlanner;

/**
 * Serves stored bytes with the same decisions as the download channel's public files (the shared
 * {@link ResponsePlanner}): validators, 304, single byte ranges, 416. The entity tag is the SHA-256 of the
 * bytes, so it never changes while they do not; bodies stream from the file through a fixed buffer.
 */
final class ContentResponses {

    private ContentResponses() {
    }

    /** The answer to a GET or HEAD of {@code content}, decided from the request's {@code headers}. */
    static Reply serve(StoredContent content, Function<String, String> headers, String cacheControl) {
        AssetElement e = content.element();
        long modified = e.created().toEpochMilli();
        FileVersion version = new FileVersion(e.size(), modified - Math.floorMod(modified, 1000L), "\"" + e.sha256() + "\"");
        ResponsePlanner.Plan plan = ResponsePlanner.plan(new ResponsePlanner.Validators(headers.apply("If-None-Match"),
                date(headers.apply("If-Modified-Since")), headers.apply("Range"), headers.apply("If-Range")), version);
        Reply r = new Reply(plan.status()).header("X-Content-Type-Options", "nosniff");
        if (plan.status() == ResponsePlanner.RANGE_NOT_SATISFIABLE) {
            return r.header("Content-Range", "bytes */" + version.size());
        }
        r.header("ETag", version.etag()).header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Instant.ofEpochMilli(version.lastModifiedMillis()), ZoneOffset.UTC)))
                .header("Cache-Control", cacheControl).header("Accept-Ranges", "bytes");
        if (plan.status() == ResponsePlanner.NOT_MODIFIED) {
            return r;
        }
        ByteRange range = plan.range() != null ? plan.range() : version.size() > 0 ? new ByteRange(0, version.size() - 1) : null;
        if (plan.range() != null) {
            r.header("Content-Range", plan.range().contentRange(version.size()));
        }
        r.header("Content-Disposition", "inline; filename=\"" + e.fileName().replace("\"", "") + "\"");
        String type = e.mimetype() == null || e.mimetype().isBlank() ? "application/octet-stream" : e.mimetype();
        return r.stream(type, range == null ? 0 : range.length(), out -> {
            if (range != null) {
                RangeCopy.copy(content.file(), range, out);
            }
        });
    }


    private static long date(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return -1;   // an unreadable date is ignored, as the RFC asks
        }
    }
}
