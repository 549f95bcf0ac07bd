package org.syndicast.channel.ftp.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A self-signed server certificate for 127.0.0.1 made with the JDK's keytool, as an operator would make one. */
final class TestTls {
    static final String PASSWORD = "changeit-test";

    private TestTls() {
    }

    private static Path made;

    /**
     * A PKCS12 keystore with key and certificate: the server's keystore, and (same file) the client's trust store.
     * Made once per test run.
     */
    static synchronized Path keystore() throws Exception {
        if (made == null) {
            Path dir = Files.createTempDirectory("syndicast-ftps");
            dir.toFile().deleteOnExit();
            made = make(dir.resolve("ftps-server.p12"));
            made.toFile().deleteOnExit();
        }
        return made;
    }

    private static Path make(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "ftps", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return file;
    }
}
