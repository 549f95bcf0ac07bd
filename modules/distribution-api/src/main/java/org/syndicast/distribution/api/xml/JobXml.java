package org.syndicast.distribution.api.xml;

import org.syndicast.distribution.api.Job;
import org.syndicast.distribution.api.target.ChannelTargets;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Opencast's job document (namespace {@value #NAMESPACE}, root {@code job}, qualified child elements,
 * unqualified attributes). Attributes {@code id}, {@code version}, {@code type}, {@code status}; children,
 * each left out when null or empty: {@code creator}, {@code organization}, {@code url}, {@code operation},
 * {@code args/arg*}, {@code createdHost}, {@code processingHost}, {@code dateCreated}, {@code dateStarted},
 * {@code dateCompleted} (UTC, ISO-8601), {@code queueTime}, {@code runTime}, {@code payload},
 * {@code dispatchable} (always {@code true}), {@code jobLoad} (always {@code 0.1}), then Syndicast's own
 * {@code failure} (why a job failed), {@code attempts} (when above zero) and {@code target} (the channel
 * target it runs against, left out for the channel's default target), which readers of the
 * original ignore. Any text is escaped so that the document is well-formed.
 */
public final class JobXml {
    /** The namespace of job documents. */
    public static final String NAMESPACE = "http://job.opencastproject.org";

    private JobXml() {
    }

    /** One job as a document, with {@code jobUrl} (may be null) as the job's own polling URL. */
    public static String write(Job job, URI jobUrl) {
        StringBuilder out = new StringBuilder(512).append(XmlText.PROLOG);
        job(out, job, jobUrl, true);
        return out.toString();
    }

    /** The jobs, in order, as a {@code jobs} document; each job's polling URL is {@code urls} applied to it. */
    public static String writeList(List<Job> jobs, Function<Job, URI> urls) {
        StringBuilder out = new StringBuilder(512 * (jobs.size() + 1)).append(XmlText.PROLOG).append("<jobs");
        XmlText.attribute(out, "xmlns", NAMESPACE);
        out.append('>');
        jobs.forEach(job -> job(out, job, urls.apply(job), false));
        return out.append("</jobs>").toString();
    }

    private static void job(StringBuilder out, Job job, URI jobUrl, boolean declareNamespace) {
        out.append("<job");
        if (declareNamespace) {
            XmlText.attribute(out, "xmlns", NAMESPACE);
        }
        XmlText.attribute(out, "id", Long.toString(job.id()));
        XmlText.attribute(out, "version", Long.toString(job.version()));
        XmlText.attribute(out, "type", job.type());
        XmlText.attribute(out, "status", job.status().name());
        out.append('>');
        XmlText.element(out, "creator", job.creator());
        XmlText.element(out, "organization", job.organization());
        XmlText.element(out, "url", jobUrl == null ? null : jobUrl.toString());
        XmlText.element(out, "operation", job.operation());
        if (!job.args().isEmpty()) {
            out.append("<args>");
            for (String arg : job.args()) {
                out.append("<arg>");
                XmlText.text(out, arg).append("</arg>");
            }
            out.append("</args>");
        }
        XmlText.element(out, "createdHost", job.createdHost());
        XmlText.element(out, "processingHost", job.processingHost());
        XmlText.element(out, "dateCreated", date(job.dateCreated()));
        XmlText.element(out, "dateStarted", date(job.dateStarted()));
        XmlText.element(out, "dateCompleted", date(job.dateCompleted()));
        XmlText.element(out, "queueTime", job.queueTime() == null ? null : job.queueTime().toString());
        XmlText.element(out, "runTime", job.runTime() == null ? null : job.runTime().toString());
        XmlText.element(out, "payload", job.payload());
        XmlText.element(out, "dispatchable", "true");
        XmlText.element(out, "jobLoad", "0.1");
        XmlText.element(out, "failure", job.failure());
        XmlText.element(out, "attempts", job.attempts() > 0 ? Integer.toString(job.attempts()) : null);
        XmlText.element(out, "target", JobXml.namedTarget(job));
        out.append("</job>");
    }

    /** An instant as xs:dateTime in UTC, to the millisecond: {@code 2026-11-23T08:00:00Z}, {@code ...:00.250Z}. */
    static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The job's target when it is not the channel's default one (whose documents stay as Opencast writes them). */
    static String namedTarget(Job job) {
        return ChannelTargets.DEFAULT_TARGET.equals(job.target()) ? null : job.target();
    }
}
