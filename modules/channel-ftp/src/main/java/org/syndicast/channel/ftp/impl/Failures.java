package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.syndicast.distribution.api.DistributionException;

/**
 * Turns what went wrong on the wire into a {@link DistributionException} a person can act on. Retryable: the
 * server cannot be reached, drops the connection, times out, answers 4xx. Permanent: the login or the host key
 * or certificate is refused, or a command is refused for good (5xx, permission denied).
 */
final class Failures {
    private Failures() {
    }

    static DistributionException of(IOException e, String action, ChannelSettings settings) {
        String where = settings.protocol().configName() + " server " + settings.host() + ":" + settings.port();
        if (e instanceof RemoteFailure f) {
            String code = switch (f.kind()) {
                case AUTH_FAILED -> "AUTH_FAILED";
                case HOST_KEY_REJECTED -> "HOST_KEY_REJECTED";
                case TLS_FAILED -> "TLS_FAILED";
                case SIZE_MISMATCH -> "SIZE_MISMATCH";
                case REFUSED -> "TARGET_REFUSED";
            };
            return new DistributionException(code, action + " (" + where + "): " + f.getMessage(), !f.permanent(), f);
        }
        if (e instanceof SourceStream.SourceFailure) {
            return DistributionException.transientFailure("SOURCE_IO", action + ": reading the element's source failed: "
                    + rootMessage(e), e);
        }
        if (untrustedCertificate(e)) {
            return DistributionException.permanent("TLS_FAILED", action + ": the " + where + " presented a certificate"
                    + " that is not trusted or does not match its name (set trust.store.path): " + rootMessage(e), e);
        }
        if (unreachable(e)) {
            return DistributionException.transientFailure("TARGET_UNREACHABLE", action + ": cannot reach the " + where
                    + ": " + rootMessage(e), e);
        }
        return DistributionException.transientFailure("TARGET_IO", action + ": the connection to the " + where
                + " failed: " + rootMessage(e), e);
    }

    private static boolean untrustedCertificate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, on one line: what actually happened, without the wrapping. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return Streams.oneLine(message);
    }
}
