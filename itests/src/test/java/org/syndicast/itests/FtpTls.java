package org.syndicast.itests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TLS material for the FTPS tests, made with the JDK's keytool as an operator would: the server's key and
 * self-signed certificate for 127.0.0.1, and a trust store holding only that certificate for the channel.
 */
final class FtpTls {
    static final String PASSWORD = "Tls-Store-Pass";

    final Path keystore;
    final Path truststore;

    private FtpTls(Path keystore, Path truststore) {
        this.keystore = keystore;
        this.truststore = truststore;
    }

    static FtpTls make(Path dir) throws Exception {
        Path keystore = dir.resolve("ftps-server.p12");
        Path cert = dir.resolve("ftps-server.crt");
        Path truststore = dir.resolve("ftps-trust.p12");
        keytool("-genkeypair", "-alias", "ftps", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "ftps", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-rfc", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "ftps-server", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", PASSWORD);
        return new FtpTls(keystore, truststore);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        LocalHost.run(command);
    }
}
