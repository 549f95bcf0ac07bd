package org.syndicast.kaltura.distribution.impl;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syndicast.kaltura.distribution.impl.persistence.ProfileEntity;
import org.syndicast.kaltura.distribution.profile.Channel;

/**
 * A profile's channel target configuration, in the keys of the channel's {@code etc/} file (docs/kaltura-dialect.md
 * has the table). Non-secret keys are always all given (a target's configuration becomes exactly them); a secret is
 * given only when the request carried one, and empty to remove it.
 */
final class TargetSettings {
    private static final Pattern AWS = Pattern.compile("(?:https?://)?s3[.-]([a-z0-9-]+)\\.amazonaws\\.com/?",
            Pattern.CASE_INSENSITIVE);

    /** Where download profiles go: {@code {directory}/{target}}, {@code {url}/{target}}, {@code {servePath}/{target}}. */
    record Download(Path directory, String url, String servePath) {
    }

    private TargetSettings() {
    }

    static Map<String, String> of(ProfileEntity e, Channel channel, String target, Secrets secrets, Download download,
            Path keyFile) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (channel) {
            case FTP -> ftp(e, secrets, keyFile, p);
            case S3 -> s3(e, secrets, p);
            case DOWNLOAD -> {
                p.put("directory", download.directory().resolve(target).toString());
                p.put("url", download.url() + "/" + target);
                p.put("serve.path", download.servePath() + "/" + target);
            }
        }
        return p;
    }

    /** The URL and directory a download profile answers. */
    static void downloadLocation(ProfileEntity e, String target, Download download) {
        e.serverUrl = download.url() + "/" + target;
        e.serverPath = download.directory().resolve(target).toString();
    }

    private static void ftp(ProfileEntity e, Secrets secrets, Path keyFile, Map<String, String> p) {
        TargetFields.HostPort hp = TargetFields.HostPort.parse(e.serverUrl);
        p.put("protocol", e.protocol == 3 ? "sftp" : "ftp");
        p.put("host", hp.host() == null ? "" : hp.host());
        p.put("port", hp.port() == null ? "0" : hp.port().toString());
        p.put("base.path", e.serverPath == null ? "" : e.serverPath);
        p.put("username", e.username == null || e.username.isEmpty() ? "anonymous" : e.username);
        p.put("passive", Boolean.toString(e.ftpPassiveMode));
        if (keyFile != null) {
            p.put("private.key.path", keyFile.toString());
        }
        if (secrets.password != null) {
            p.put(".password", secrets.password);
        }
    }

    private static void s3(ProfileEntity e, Secrets secrets, Map<String, String> p) {
        String url = e.serverUrl == null ? "" : e.serverUrl.trim();
        Matcher aws = AWS.matcher(url);
        if (url.isEmpty() || aws.matches()) {
            p.put("endpoint", "");
            p.put("region", aws.matches() ? aws.group(1).toLowerCase(Locale.ROOT) : "us-east-1");
            p.put("path.style", "false");
        } else {
            boolean scheme = url.contains("://");
            p.put("endpoint", scheme ? url : (e.protocol == 4 ? "http://" : "https://") + url);
            p.put("region", "us-east-1");
            p.put("path.style", "true");
        }
        String path = e.serverPath == null ? "" : e.serverPath.trim();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        p.put("bucket", slash < 0 ? path : path.substring(0, slash));
        p.put("key.prefix", slash < 0 ? "" : path.substring(slash + 1));
        p.put("access.key", e.username == null ? "" : e.username);
        if (secrets.password != null) {
            p.put(".secret.key", secrets.password);
        }
    }
}
