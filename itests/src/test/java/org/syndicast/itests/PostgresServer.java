package org.syndicast.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster on 127.0.0.1 and a free port, made with the server binaries of Debian's
 * {@code postgresql} package (installed by scripts/test-deps.sh). Runs as the {@code postgres} user when the
 * tests run as root, since PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {
    static final String USER = "syndicast";
    static final String DATABASE = "syndicast";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean root;
    private boolean running;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.root = "root".equals(System.getProperty("user.name"));
    }

    static PostgresServer start() throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Paths.get("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server: run scripts/test-deps.sh"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("no PostgreSQL server: run scripts/test-deps.sh", e);
        }
        Path dir = Files.createTempDirectory("syndicast-pg");
        PostgresServer pg = new PostgresServer(bin, dir, LocalHost.freePort());
        if (pg.root) {
            LocalHost.run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        pg.exec("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
        pg.startCluster();
        pg.exec("createdb", "-h", "127.0.0.1", "-p", Integer.toString(pg.port), "-U", USER, DATABASE);
        return pg;
    }

    private void startCluster() throws Exception {
        exec("pg_ctl", "-D", dataDir.resolve("data").toString(), "-w", "-l", dataDir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        running = true;
    }

    /** Stops the cluster (fast: open connections are closed), as a database outage would. */
    void stopCluster() throws Exception {
        exec("pg_ctl", "-D", dataDir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        running = false;
    }

    /** Starts the cluster again after {@link #stopCluster}, on the same port and data. */
    void restartCluster() throws Exception {
        startCluster();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Runs one SQL statement with psql and returns its unaligned, tuples-only output. */
    String query(String sql) throws Exception {
        return LocalHost.run(List.of("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, "-d", DATABASE,
                "-At", "-c", sql)).trim();
    }

    private void exec(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        LocalHost.run(cmd);
    }

    @Override
    public void close() throws Exception {
        if (running) {
            stopCluster();
        }
        LocalHost.run(List.of("rm", "-rf", dataDir.toString()));
    }
}
