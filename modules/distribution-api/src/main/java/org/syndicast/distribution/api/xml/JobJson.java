package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.Job;

import java.net.URI;

/**
 * A job as JSON, with the same fields as {@link JobXml} in the same order, wrapped as
 * {@code {"job":{...}}}: numbers as numbers, {@code args} as {@code {"arg":[...]}}, dates as ISO-8601 UTC
 * strings; fields that are null or empty are left out.
 */
public final class JobJson {

    private JobJson() {
    }

    /** One job as a JSON document, with {@code jobUrl} (may be null) as the job's own polling URL. */
    public static String write(Job job, URI jobUrl) {
        StringBuilder out = new StringBuilder(512).append("{\"job\":");
        new Json.ObjectWriter(out)
                .literal("id", job.id())
                .literal("version", job.version())
                .string("type", job.type())
                .string("status", job.status().name())
                .string("creator", job.creator())
                .string("organization", job.organization())
                .string("url", jobUrl == null ? null : jobUrl.toString())
                .string("operation", job.operation())
                .raw("args", args(job))
                .string("createdHost", job.createdHost())
                .string("processingHost", job.processingHost())
                .string("dateCreated", JobXml.date(job.dateCreated()))
                .string("dateStarted", JobXml.date(job.dateStarted()))
                .string("dateCompleted", JobXml.date(job.dateCompleted()))
                .literal("queueTime", job.queueTime())
                .literal("runTime", job.runTime())
                .string("payload", job.payload())
                .literal("dispatchable", true)
                .literal("jobLoad", 0.1)
                .string("failure", job.failure())
                .literal("attempts", job.attempts() > 0 ? job.attempts() : null)
                .string("target", JobXml.namedTarget(job))
                .end();
        return out.append('}').toString();
    }

    private static String args(Job job) {
        if (job.args().isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("{\"arg\":[");
        for (int i = 0; i < job.args().size(); i++) {
            Json.quote(out.append(i == 0 ? "" : ","), job.args().get(i));
        }
        return out.append("]}").toString();
    }
}
