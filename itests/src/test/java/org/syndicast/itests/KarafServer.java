package org.syndicast.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The assembled server, run as users run it: a fresh copy of the assembly with its own free ports, started
 * with {@code bin/karaf server}, stopped with {@code bin/stop} or killed with SIGKILL.
 */
final class KarafServer implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private Process process;

    private KarafServer(Path home) throws IOException {
        this.home = home;
        this.httpPort = LocalHost.freePort();
        this.sshPort = LocalHost.freePort();
        this.rmiRegistryPort = LocalHost.freePort();
        this.rmiServerPort = LocalHost.freePort();
        configurePorts();
    }

    /** A new copy of the assembly under target/servers/{name}, configured but not started. */
    static KarafServer create(String name) throws IOException, InterruptedException {
        Path assembly = Paths.get(System.getProperty("syndicast.assembly", "../assemblies/server/target/assembly"));
        Path home = LocalHost.workDir(name);
        // cp -a keeps the scripts' exec bits and is much faster than a Java tree copy
        LocalHost.run(List.of("cp", "-a", assembly.toAbsolutePath().toString(), home.toString()));
        KarafServer server = new KarafServer(home);
        Files.createDirectories(server.inbox());
        server.set("org.syndicast.distribution.core", "inbox.roots", server.inbox().toString());
        CfgFiles.append(home.resolve("etc/users.properties"), "viewer = viewer,syndicast-viewer");
        CfgFiles.append(home.resolve("etc/users.properties"), "nobody = nobody,guest");
        return server;
    }

    private void configurePorts() {
        set("org.ops4j.pax.web", "org.osgi.service.http.port", Integer.toString(httpPort));
        set("org.apache.karaf.shell", "sshPort", Integer.toString(sshPort));
        set("org.apache.karaf.management", "rmiRegistryPort", Integer.toString(rmiRegistryPort));
        set("org.apache.karaf.management", "rmiServerPort", Integer.toString(rmiServerPort));
        set("org.syndicast.distribution.core", "server.url", baseUrl());
        set("org.syndicast.channel.download", "url", baseUrl() + "/static");
    }

    /** Sets a key in etc/{pid}.cfg; while the server runs, Configuration Admin applies it live. */
    void set(String pid, String key, String value) {
        CfgFiles.set(home.resolve("etc").resolve(pid + ".cfg"), key, value);
    }

    /** Sets several keys of etc/{pid}.cfg in one write: one live change with all of them. */
    void set(String pid, java.util.Map<String, String> values) {
        CfgFiles.set(home.resolve("etc").resolve(pid + ".cfg"), values);
    }

    Path home() {
        return home;
    }

    /** The directory configured as the core's inbox root. */
    Path inbox() {
        return home.resolve("inbox");
    }

    /** The download channel's default directory. */
    Path downloads() {
        return home.resolve("downloads");
    }

    int sshPort() {
        return sshPort;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    KarafJmx jmx() throws Exception {
        return new KarafJmx(rmiRegistryPort, rmiServerPort, ADMIN, ADMIN_PASSWORD);
    }

    /** Starts the server and waits until its REST API answers an authenticated call with 200. */
    KarafServer start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = pb.start();
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    /**
     * Ready means every resource of the default JAX-RS application answers: the Opencast job count and the asset
     * API. The whiteboard redeploys the application as resources arrive during boot, and a request in between
     * gets a 404, so one surface answering is not yet a server that is up.
     */
    private void awaitReady(Duration timeout) throws Exception {
        Api probe = Api.admin(this);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            try {
                if (probe.get("/services/count").statusCode() == 200 && probe.get("/assets?limit=1").statusCode() == 200
                        && probe.get("/services/count").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server not ready after " + timeout + "; see " + home.resolve("data/log/karaf.log"));
    }

    /** Stops the server the way an operator does, and waits for it to exit. */
    void stop() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.start().waitFor(30, TimeUnit.SECONDS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGKILL to the JVM and its launcher: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(200);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
