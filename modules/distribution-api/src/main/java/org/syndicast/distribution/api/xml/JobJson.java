package org.syndicast.distribution.api.xml;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.json.Json;

/**
 * A job as JSON, with the same fields as {@link JobXml} in the same order, wrapped as
 * {@code {"job":{...}}}: numbers as numbers, {@code args} as {@code {"arg":[...]}}, dates as ISO-8601 UTC
 * strings; fields that are null or empty are left out. Written by the server's one {@link Json} writer.
 */
public final class JobJson {

    private JobJson() {
    }

    /** One job as a JSON document, with {@code jobUrl} (may be null) as the job's own polling URL. */
    public static String write(Job job, URI jobUrl) {
        Members m = new Members()
                .put("id", job.id())
                .put("version", job.version())
                .put("type", job.type())
                .put("status", job.status().name())
                .put("creator", job.creator())
                .put("organization", job.organization())
                .put("url", jobUrl == null ? null : jobUrl.toString())
                .put("operation", job.operation())
                .put("args", job.args().isEmpty() ? null : Map.of("arg", job.args()))
                .put("createdHost", job.createdHost())
                .put("processingHost", job.processingHost())
                .put("dateCreated", JobXml.date(job.dateCreated()))
                .put("dateStarted", JobXml.date(job.dateStarted()))
                .put("dateCompleted", JobXml.date(job.dateCompleted()))
                .put("queueTime", job.queueTime())
                .put("runTime", job.runTime())
                .put("payload", job.payload())
                .put("dispatchable", true)
                .put("jobLoad", 0.1)
                .put("failure", job.failure())
                .put("attempts", job.attempts() > 0 ? job.attempts() : null)
                .put("target", JobXml.namedTarget(job));
        return Json.write(Map.of("job", m.map));
    }

    /** Members in order; null values and empty strings are left out. */
    private static final class Members {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Members put(String name, Object value) {
            if (value != null && !"".equals(value)) {
                map.put(name, value);
            }
            return this;
        }
    }
}
