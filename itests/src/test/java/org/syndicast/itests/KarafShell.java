package org.syndicast.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs Karaf shell commands on the server over its SSH port with OpenSSH's client and a key the test
 * registers in etc/keys.properties, as an operator would.
 */
final class KarafShell {
    private final Path key;
    private final int port;

    private KarafShell(Path key, int port) {
        this.key = key;
        this.port = port;
    }

    /** Makes a key pair and grants it to admin; call before the server starts. */
    static KarafShell forServer(KarafServer server) throws Exception {
        Path key = server.home().resolve("test-ssh-key");
        LocalHost.run(List.of("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", key.toString()));
        String pub = Files.readString(key.resolveSibling("test-ssh-key.pub")).trim().split(" ")[1];
        CfgFiles.append(server.home().resolve("etc/keys.properties"), "admin=" + pub + ",_g_:admingroup");
        return new KarafShell(key, server.sshPort());
    }

    String exec(String command) throws Exception {
        return LocalHost.exec(List.of("ssh", "-q", "-i", key.toString(), "-p", Integer.toString(port), "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "PubkeyAcceptedKeyTypes=+ssh-rsa",
                "-o", "HostKeyAlgorithms=+ssh-rsa", "admin@127.0.0.1", command)).output();
    }
}
