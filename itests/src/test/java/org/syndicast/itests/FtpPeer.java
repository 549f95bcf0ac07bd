package org.syndicast.itests;

import java.nio.file.Path;
import java.util.List;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server for the FTP channel's tests: Apache FtpServer in the test JVM on 127.0.0.1, plain or with
 * explicit TLS (AUTH TLS) from a keystore, one user whose home is {@link #root()}. Stops and starts again on the
 * same port, as a server that goes down and comes back.
 */
final class FtpPeer implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "Ftp-Pass-4711";

    private final Path root;
    private final Path keystore;
    private final String keystorePassword;
    private FtpServer server;
    private int port;

    private FtpPeer(Path root, Path keystore, String keystorePassword) throws Exception {
        this.root = root;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        start();
    }

    static FtpPeer plain(Path root) throws Exception {
        return new FtpPeer(root, null, null);
    }

    static FtpPeer explicitTls(Path root, Path keystore, String password) throws Exception {
        return new FtpPeer(root, keystore, password);
    }

    synchronized void start() throws Exception {
        if (server != null && !server.isStopped()) {
            return;
        }
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        if (keystore != null) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(keystore.toFile());
            ssl.setKeystorePassword(keystorePassword);
            ssl.setKeystoreType("PKCS12");
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(false);
        }
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.<Authority>of(new WritePermission(), new ConcurrentLoginPermission(0, 0)));
        var users = new PropertiesUserManagerFactory().createUserManager();
        users.save(user);
        factory.setUserManager(users);
        server = factory.createServer();
        server.start();
        port = ((DefaultFtpServer) server).getListener("default").getPort();
    }

    synchronized void stop() {
        if (server != null && !server.isStopped()) {
            server.stop();
        }
    }

    Path root() {
        return root;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
