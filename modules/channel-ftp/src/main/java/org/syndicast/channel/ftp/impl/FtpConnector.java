package org.syndicast.channel.ftp.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;

/**
 * Opens FTP and FTPS sessions with commons-net: UTF-8 control encoding, binary type, passive mode unless turned
 * off, the configured timeouts. FTPS protects the data connections too ({@code PBSZ 0}, {@code PROT P}) and
 * checks the certificate and the host name against the configured trust store unless {@code trust.all}.
 */
final class FtpConnector implements Connector {
    private final ChannelSettings settings;

    FtpConnector(ChannelSettings settings) {
        this.settings = settings;
    }

    @Override
    public RemoteSession open() throws IOException {
        FTPClient ftp = newClient();
        ftp.setControlEncoding("UTF-8");
        ftp.setConnectTimeout((int) settings.connectTimeout().toMillis());
        ftp.setDefaultTimeout((int) settings.dataTimeout().toMillis());
        ftp.setDataTimeout(settings.dataTimeout());
        ftp.setListHiddenFiles(true);
        try {
            ftp.connect(settings.host(), settings.port());
            ftp.setSoTimeout((int) settings.dataTimeout().toMillis());
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw refused(ftp, RemoteFailure.Kind.REFUSED, "The server refused the connection");
            }
            if (!ftp.login(settings.username(), settings.password().value())) {
                throw refused(ftp, ftp.getReplyCode() >= 500 ? RemoteFailure.Kind.AUTH_FAILED : RemoteFailure.Kind.REFUSED,
                        "The server refused the login of user '"
                        + settings.username() + "' (check username and .password)");
            }
            if (ftp instanceof FTPSClient ftps) {
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw refused(ftp, RemoteFailure.Kind.REFUSED, "TYPE I refused");
            }
            if (settings.passive()) {
                ftp.enterLocalPassiveMode();
            } else {
                ftp.enterLocalActiveMode();
            }
            String home = ftp.printWorkingDirectory();
            boolean mlsd = ftp.hasFeature("MLSD") || ftp.hasFeature("MLST");
            return new FtpSession(ftp, home == null || home.isEmpty() ? "/" : home, mlsd);
        } catch (IOException | RuntimeException e) {
            disconnect(ftp);
            throw e;
        }
    }

    @Override
    public void close() {
        // every session owns its own sockets: nothing shared to release
    }

    private FTPClient newClient() throws IOException {
        if (!settings.protocol().isTls()) {
            return new ZeroCopyFtpClient();
        }
        FTPSClient ftps = new FTPSClient(settings.protocol() == Protocol.FTPS_IMPLICIT, sslContext());
        ftps.setEndpointCheckingEnabled(!settings.trustAll());
        return ftps;
    }

    private SSLContext sslContext() throws IOException {
        try {
            TrustManager[] trust;
            if (settings.trustAll()) {
                trust = new TrustManager[] { TrustManagerUtils.getAcceptAllTrustManager() };
            } else {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(settings.trustStore().isPresent() ? trustStore() : null);
                trust = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new RemoteFailure(RemoteFailure.Kind.TLS_FAILED, "Cannot set up TLS: " + e.getMessage(), true, e);
        }
    }

    private KeyStore trustStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(settings.trustStoreType());
        try (InputStream in = Files.newInputStream(settings.trustStore().orElseThrow())) {
            store.load(in, settings.trustStorePassword().isEmpty() ? null : settings.trustStorePassword().chars());
        } catch (IOException e) {
            throw new RemoteFailure(RemoteFailure.Kind.TLS_FAILED, "Cannot read trust.store.path "
                    + settings.trustStore().get() + ": " + e.getMessage(), true, e);
        }
        return store;
    }

    private static RemoteFailure refused(FTPClient ftp, RemoteFailure.Kind kind, String what) {
        int code = ftp.getReplyCode();
        return new RemoteFailure(kind, what + ": " + Streams.oneLine(ftp.getReplyString()),
                !FTPReply.isNegativeTransient(code));
    }

    private static void disconnect(FTPClient ftp) {
        try {
            ftp.disconnect();
        } catch (IOException e) {
            // closing after a failure: the failure is what matters
        }
    }
}
