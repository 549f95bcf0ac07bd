package org.syndicast.system.health.impl;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.syndicast.distribution.api.target.ChannelTarget;
import org.syndicast.distribution.api.target.ChannelTargets;

/**
 * The targets a channel can tell about cheaply: every download target's directory must exist and be writable
 * (CRITICAL otherwise), and every configured target of every channel should be active (WARN otherwise: a bad
 * configuration). S3 buckets and FTP servers are not probed here; their failures show in the jobs and metrics.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Syndicast channel targets", HealthCheck.TAGS + "=" + HealthChecks.TAG })
public final class DownloadTargetsCheck implements HealthCheck {
    private static final String[] CHANNELS = { "download", "s3", "ftp" };

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ChannelTargets targets;

    @Override
    public Result execute() {
        ChannelTargets t = targets;
        FormattingResultLog log = new FormattingResultLog();
        if (t == null) {
            log.warn("The channel targets are not available (is the distribution core running?)");
            return new Result(log);
        }
        for (String channel : CHANNELS) {
            for (ChannelTarget target : t.list(channel)) {
                if (!target.active()) {
                    log.warn("Target '{}' of channel {} is configured but not active (see its configuration)",
                            target.name(), channel);
                } else if (channel.equals("download")) {
                    judgeDirectory(log, target.name(), directory(target.properties().get("directory")));
                } else {
                    log.info("Target '{}' of channel {} is active (not probed)", target.name(), channel);
                }
            }
        }
        return new Result(log);
    }

    static Path directory(String configured) {
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("karaf.base", "."), "downloads") : Path.of(configured.trim());
    }

    static void judgeDirectory(FormattingResultLog log, String target, Path dir) {
        if (!Files.exists(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
                log.info("Download target '{}': directory not there yet; it is made at the first publication", target);
            } else {
                log.critical("Download target '{}': its directory does not exist and cannot be made", target);
            }
        } else if (!Files.isDirectory(dir)) {
            log.critical("Download target '{}': its directory is not a directory", target);
        } else if (!Files.isWritable(dir)) {
            log.critical("Download target '{}': its directory is not writable", target);
        } else {
            log.info("Download target '{}': directory writable", target);
        }
    }
}
