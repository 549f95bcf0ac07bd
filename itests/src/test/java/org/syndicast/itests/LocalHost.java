package org.syndicast.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the tests' peers (the Karaf server, PostgreSQL, S3Proxy, the tools they call) need from this machine: free
 * ports on 127.0.0.1, a fresh work directory each, and command lines run to their end.
 */
final class LocalHost {
    private LocalHost() {
    }

    /** The output (stdout and stderr together) and exit value of a command that ended. */
    record Result(int exit, String output) {
    }

    /** A port nobody listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** A new, absolute, not yet existing directory {@code target/servers/{name}-{nanotime}}; its parent exists. */
    static Path workDir(String name) throws IOException {
        Path work = Paths.get(System.getProperty("syndicast.work", "target/servers"));
        Path dir = work.resolve(name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        return dir;
    }

    /** Runs a command, waits up to 60 s for it to end (killing it otherwise) and answers its output and exit. */
    static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out: " + output);
        }
        return new Result(p.exitValue(), output);
    }

    /** {@link #exec} for a command that must succeed: answers its output, throws unless it exits with 0. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Result r = exec(command);
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + r.exit() + ": " + r.output());
        }
        return r.output();
    }
}
