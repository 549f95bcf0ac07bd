import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The FTP channel benchmark: a large element through /distribution/ftp/distributesync next to curl (FTP, SFTP) and
 * OpenSSH sftp (SFTP) uploading the same file to the same servers in the same run. Rounds alternate between the
 * clients; the median of each counts. Run by bench/ftp/run.sh.
 */
public class FtpBench {
    static final String USER = "bench";
    static final String PASSWORD = "bench-Pass-1";

    final Map<String, String> args = new LinkedHashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Path work;
    Path element;
    int httpPort;
    Process karaf;
    String loadAtStart;

    public static void main(String[] argv) throws Exception {
        FtpBench bench = new FtpBench();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            bench.args.put(argv[i].substring(2), argv[i + 1]);
        }
        bench.run();
    }

    void run() throws Exception {
        work = Path.of(args.get("work"));
        loadAtStart = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        int rounds = Integer.parseInt(args.getOrDefault("rounds", "3"));
        long mib = Long.parseLong(args.getOrDefault("mib", "1024"));
        Path ftpRoot = fresh(work.resolve("ftp-root"));
        Path sftpRoot = fresh(work.resolve("sftp-root"));
        element = work.resolve("inbox/element.bin");
        if (!Files.exists(element) || Files.size(element) != mib << 20) {
            log("writing a " + mib + " MiB element");
            randomFile(element, mib << 20);
        }
        FtpServer ftp = ftpServer(ftpRoot);
        int ftpPort = ((DefaultFtpServer) ftp).getListener("default").getPort();
        Path clientKey = work.resolve("id_ecdsa");
        Files.deleteIfExists(clientKey);
        Files.deleteIfExists(work.resolve("id_ecdsa.pub"));
        exec(List.of("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", clientKey.toString()));
        var hostKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        SshServer sftp = sftpServer(sftpRoot, hostKey, work.resolve("id_ecdsa.pub"));
        Path knownHosts = work.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + sftp.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        Path home = startServer();
        List<String[]> rows = new ArrayList<>();
        try {
            configure(home, Map.of("protocol", "ftp", "port", Integer.toString(ftpPort), "known.hosts.path", ""));
            awaitChannel("ftp://127.0.0.1:" + ftpPort);
            rows.addAll(measure("FTP", rounds, mib, ftpRoot, List.of(
                    new Client("curl -T", n -> List.of("curl", "-sS", "--ftp-create-dirs", "--user", USER + ":" + PASSWORD,
                            "-T", element.toString(), "ftp://127.0.0.1:" + ftpPort + "/curl/" + n + "/element.bin")))));
            configure(home, Map.of("protocol", "sftp", "port", Integer.toString(sftp.getPort()),
                    "known.hosts.path", knownHosts.toString()));
            awaitChannel("sftp://127.0.0.1:" + sftp.getPort());
            List<Client> sftpClients = new ArrayList<>();
            // curl's SFTP (libssh2 1.10) uploads at about 1 MB/s to MINA SSHD here: 1 GiB would take a quarter of
            // an hour per round, so it is measured only on request
            if (System.getenv().getOrDefault("FTP_BENCH_CURL_SFTP", "0").equals("1")
                    && exec(List.of("curl", "-V")).contains(" sftp")) {
                sftpClients.add(new Client("curl -T (libssh2)", n -> List.of("curl", "-sS", "-k", "--user",
                        USER + ":" + PASSWORD, "-T", element.toString(), "sftp://127.0.0.1:" + sftp.getPort() + "/curl-" + n + ".bin")));
            }
            sftpClients.add(new Client("OpenSSH sftp", n -> sftpBatch(sftp.getPort(), clientKey, null,
                    "put " + element + " /sftp-" + n + ".bin")));
            // the cipher the channel prefers: against a Java server the default chacha20-poly1305 is the slow one
            sftpClients.add(new Client("OpenSSH sftp -c aes128-gcm", n -> sftpBatch(sftp.getPort(), clientKey,
                    "aes128-gcm@openssh.com", "put " + element + " /sftp-gcm-" + n + ".bin")));
            rows.addAll(measure("SFTP", rounds, mib, sftpRoot, sftpClients));
        } finally {
            stopServer(home);
            ftp.stop();
            sftp.stop(true);
        }
        report(rows, mib, rounds);
    }

    record Client(String name, java.util.function.IntFunction<List<String>> command) {
    }

    /** Alternates Syndicast and each client for {@code rounds} rounds; one row per client with both medians. */
    List<String[]> measure(String protocol, int rounds, long mib, Path root, List<Client> clients) throws Exception {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        seconds.put("syndicast", new ArrayList<>());
        clients.forEach(c -> seconds.put(c.name(), new ArrayList<>()));
        for (int r = 1; r <= rounds; r++) {
            String mp = "mp-" + protocol.toLowerCase() + "-" + r;
            int n = r;
            List<Map.Entry<String, Action>> order = new ArrayList<>();
            order.add(Map.entry("syndicast", () -> distributeSync(mp)));
            clients.forEach(c -> order.add(Map.entry(c.name(), () -> exec(c.command().apply(n)))));
            if (r % 2 == 0) {
                java.util.Collections.reverse(order); // who writes first may pay for the last round's writeback
            }
            for (Map.Entry<String, Action> step : order) {
                double t = timed(step.getValue());
                seconds.get(step.getKey()).add(t);
                log(protocol + " round " + r + ": " + step.getKey() + " " + String.format("%.2f s", t));
                clear(root); // one file on the disk at a time
            }
        }
        double syndicast = median(seconds.get("syndicast"));
        double syndicastBest = Collections.min(seconds.get("syndicast"));
        List<String[]> rows = new ArrayList<>();
        for (Client c : clients) {
            double ref = median(seconds.get(c.name()));
            double refBest = Collections.min(seconds.get(c.name()));
            rows.add(new String[] { protocol, c.name(), fmt(ref) + " (" + mbps(mib, ref) + " MB/s)",
                    fmt(syndicast) + " (" + mbps(mib, syndicast) + " MB/s)", String.format("%.2f×", ref / syndicast),
                    fmt(refBest) + " / " + fmt(syndicastBest), String.format("%.2f×", refBest / syndicastBest) });
        }
        return rows;
    }

    String distributeSync(String mp) throws Exception {
        String doc = "<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"" + mp + "\"><media>"
                + "<track id=\"track-1\" type=\"presenter/delivery\"><mimetype>video/mp4</mimetype><url>"
                + element.toUri() + "</url></track></media></mediapackage>";
        HttpResponse<String> r = post("/distribution/ftp/distributesync", Map.of("mediapackage", doc, "channelId",
                "bench", "elementId", "track-1"));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("distributesync answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Waits until the channel publishes with the configuration just written (a small element as the probe). */
    void awaitChannel(String urlPrefix) throws Exception {
        Path small = work.resolve("inbox/probe.bin");
        randomFile(small, 4096);
        String doc = "<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"probe\"><media>"
                + "<track id=\"track-1\" type=\"presenter/delivery\"><url>" + small.toUri() + "</url></track></media></mediapackage>";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = post("/distribution/ftp/distributesync", Map.of("mediapackage", doc, "channelId",
                    "bench", "elementId", "track-1"));
            last = r.body();
            if (r.statusCode() == 200 && last.contains("<url>" + urlPrefix)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the channel did not take its configuration: " + last);
    }

    List<String> sftpBatch(int port, Path key, String cipher, String command) {
        try {
            Path batch = work.resolve("sftp-batch.txt");
            Files.writeString(batch, command + "\n");
            List<String> args = new ArrayList<>(List.of("sftp", "-q", "-b", batch.toString(), "-P", Integer.toString(port),
                    "-i", key.toString(), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o",
                    "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"));
            if (cipher != null) {
                args.addAll(List.of("-c", cipher));
            }
            args.add(USER + "@127.0.0.1");
            return args;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- servers ----

    FtpServer ftpServer(Path root) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.<Authority>of(new WritePermission(), new ConcurrentLoginPermission(0, 0)));
        var users = new PropertiesUserManagerFactory().createUserManager();
        users.save(user);
        factory.setUserManager(users);
        FtpServer server = factory.createServer();
        server.start();
        return server;
    }

    SshServer sftpServer(Path root, java.security.KeyPair hostKey, Path authorizedKeys) throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((u, p, s) -> USER.equals(u) && PASSWORD.equals(p));
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        return server;
    }

    Path startServer() throws Exception {
        Path home = work.resolve("server");
        fresh(home);
        Files.delete(home);
        exec(List.of("cp", "-a", args.get("assembly"), home.toString()));
        httpPort = freePort();
        set(home, "org.ops4j.pax.web", "org.osgi.service.http.port", Integer.toString(httpPort));
        set(home, "org.apache.karaf.shell", "sshPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.management", "rmiRegistryPort", Integer.toString(freePort()));
        set(home, "org.apache.karaf.management", "rmiServerPort", Integer.toString(freePort()));
        set(home, "org.syndicast.distribution.core", "server.url", "http://127.0.0.1:" + httpPort);
        set(home, "org.syndicast.distribution.core", "inbox.roots", element.getParent().toString());
        configure(home, Map.of("protocol", "ftp", "host", "127.0.0.1", "username", USER, ".password", PASSWORD));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/services/count").statusCode() == 200) {
                    log("server up on port " + httpPort);
                    return home;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server not ready; see " + home.resolve("data/log/karaf.log"));
    }

    void stopServer(Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.start().waitFor(30, TimeUnit.SECONDS);
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
    }

    /** Sets the channel's keys in one write of its etc/ file, as an operator saving it. */
    static void configure(Path home, Map<String, String> keys) throws IOException {
        Path cfg = home.resolve("etc/org.syndicast.channel.ftp.cfg");
        Path staging = home.resolve("ftp-channel.staging");
        Files.copy(cfg, staging, StandardCopyOption.REPLACE_EXISTING);
        keys.forEach((k, v) -> setKey(staging, k, v));
        Files.move(staging, cfg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void set(Path home, String pid, String key, String value) {
        setKey(home.resolve("etc/" + pid + ".cfg"), key, value);
    }

    /** Replaces the key's line in a .cfg file, or appends one. */
    static void setKey(Path file, String key, String value) {
        try {
            List<String> out = new ArrayList<>();
            boolean done = false;
            for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
                String t = line.trim();
                if (!t.startsWith("#") && (t.startsWith(key + " ") || t.startsWith(key + "="))) {
                    if (!done) {
                        out.add(key + " = " + value);
                    }
                    done = true;
                } else {
                    out.add(line);
                }
            }
            if (!done) {
                out.add(key + " = " + value);
            }
            Files.write(file, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- reporting ----

    void report(List<String[]> rows, long mib, int rounds) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("\n## FTP/SFTP channel\n\n");
        md.append("Run ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(": one ")
                .append(mib).append(" MiB element through `/distribution/ftp/distributesync` (checkAvailability on: the")
                .append(" channel's size check) next to command-line clients uploading the same file to the same server in")
                .append(" the same run; median of ").append(rounds).append(" rounds, the order of the uploads reversed every other round. Servers: Apache FtpServer")
                .append(" 1.2.1 and Apache MINA SSHD 2.17.1 (SFTP) in one JVM on 127.0.0.1, files on the work directory's")
                .append(" disk; the source file in the page cache. Machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, load average ").append(loadAtStart).append(" at the start, ")
                .append(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]).append(" at the end")
                .append(". `bench/ftp/run.sh` (aim: ≥ 0.9×). The channel sends a local file with sendfile over plain FTP")
                .append(" and prefers AES-GCM over SSH; OpenSSH's default cipher against this Java server is")
                .append(" chacha20-poly1305, hence the second SFTP row with the channel's cipher.\n\n");
        md.append("| protocol | reference client | reference, median | Syndicast, median | Syndicast ÷ reference"
                + " (throughput), median | best: reference / Syndicast | Syndicast ÷ reference, best |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        System.out.print(md);
        Files.writeString(work.resolve("last-run.md"), md);
        String append = args.get("append");
        if (append != null) {
            Files.writeString(Path.of(append), md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            log("appended to " + append);
        }
    }

    // ---- helpers ----

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .header("Authorization", auth()).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).header("Authorization", auth())
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    }

    interface Action {
        Object run() throws Exception;
    }

    static double timed(Action action) throws Exception {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    static String exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command).replace(PASSWORD, "***") + " failed: " + out);
        }
        return out;
    }

    static void randomFile(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(size);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= buf.length) {
                random.nextBytes(buf);
                out.write(buf, 0, (int) Math.min(buf.length, left));
            }
        }
    }

    static Path fresh(Path dir) throws Exception {
        if (Files.exists(dir)) {
            exec(List.of("rm", "-rf", dir.toString()));
        }
        return Files.createDirectories(dir);
    }

    static void clear(Path root) throws Exception {
        fresh(root);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String fmt(double seconds) {
        return String.format("%.2f s", seconds);
    }

    static String mbps(long mib, double seconds) {
        return String.format("%.0f", mib * 1.048576 / seconds);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void log(String message) {
        System.err.println("[ftp-bench] " + message);
    }
}
