package org.syndicast.channel.ftp.impl;

import java.nio.file.Path;
import java.util.List;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real Apache FtpServer on 127.0.0.1 for the tests: user {@value #USER} with password {@value #PASSWORD},
 * home {@code root}; plain, explicit or implicit TLS with a keystore; optionally a slow upload rate so that a
 * test can cut a transfer off in the middle. Restartable on the same port.
 */
final class EmbeddedFtpServer implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "s3cret-Pass";

    private final Path root;
    private final Protocol protocol;
    private final Path keystore;
    private int uploadBytesPerSecond;
    private FtpServer server;
    private int port;

    EmbeddedFtpServer(Path root, Protocol protocol, Path keystore, int uploadBytesPerSecond) throws Exception {
        this.root = root;
        this.protocol = protocol;
        this.keystore = keystore;
        this.uploadBytesPerSecond = uploadBytesPerSecond;
        start();
    }

    void start() throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        if (protocol.isTls()) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(keystore.toFile());
            ssl.setKeystorePassword(TestTls.PASSWORD);
            ssl.setKeystoreType("PKCS12");
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(protocol == Protocol.FTPS_IMPLICIT);
        }
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.<Authority>of(new WritePermission(), new ConcurrentLoginPermission(0, 0),
                new TransferRatePermission(0, uploadBytesPerSecond)));
        var users = new PropertiesUserManagerFactory().createUserManager();
        users.save(user);
        factory.setUserManager(users);
        server = factory.createServer();
        server.start();
        port = ((org.apache.ftpserver.impl.DefaultFtpServer) server).getListener("default").getPort();
    }

    /** Restarts on the same port with uploads limited to this rate. */
    void restartWithUploadRate(int bytesPerSecond) throws Exception {
        stop();
        uploadBytesPerSecond = bytesPerSecond;
        start();
    }

    void stop() {
        if (server != null && !server.isStopped()) {
            server.stop();
        }
    }

    int port() {
        return port;
    }

    int logins() {
        return ((org.apache.ftpserver.impl.DefaultFtpServer) server).getServerContext().getFtpStatistics()
                .getTotalLoginNumber();
    }

    /** The channel configuration for this server, plus {@code more} overrides. */
    FtpChannelConfig config(Object... more) {
        Object[] base = { "protocol", protocol.configName(), "host", "127.0.0.1", "port", port, "username", USER,
                "_password", PASSWORD, "trust_store_path", protocol.isTls() ? keystore.toString() : "",
                "_trust_store_password", TestTls.PASSWORD };
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Configs.of(all);
    }

    @Override
    public void close() {
        stop();
    }
}
