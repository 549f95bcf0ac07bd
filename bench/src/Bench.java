import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Syndicast's benchmark client (issue 2). A single source file, run by bench/run-all.sh as
 * {@code java bench/src/Bench.java --assembly DIR --work DIR [options]}; JDK 17 only, no dependencies.
 *
 * <p>It starts its own copies of the assembled server on free loopback ports, measures
 * <ol type="a">
 * <li>{@code POST /distribution/download/distributesync} of a 1 GiB file next to {@code ln} and {@code cp} of it,</li>
 * <li>2,000 queued distributions of small files at concurrency 16, next to the HTTP floor of the same server,</li>
 * <li>cold start to ready, and bundle uninstall/install to the channel's endpoint going and coming back,</li>
 * </ol>
 * stops the server and prints one table (markdown) of Syndicast's figures, their references measured in the same
 * run, and the targets. It never fails on a timing: a missed target is a word in the table.
 *
 * <p>{@code java bench/src/Bench.java jfr-top FILE.jfr} prints the hot spots of a JFR recording.
 */
public final class Bench {
    static final String USER = "admin";
    static final String PASSWORD = "admin";
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final String BUNDLE = "org.syndicast.channel.download";
    static final String CHANNEL_PATH = "/distribution/download/";
    static final Pattern JOB_ID = Pattern.compile("<(?:\\w+:)?job\\s[^>]*?\\bid=\"(\\d+)\"");
    static final Pattern JOB_STATUS = Pattern.compile("<(?:\\w+:)?job\\s[^>]*?\\bstatus=\"([A-Z]+)\"");

    final Options o;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final List<Row> rows = new ArrayList<>();
    final List<String> details = new ArrayList<>();
    final List<Server> live = new CopyOnWriteArrayList<>();

    Bench(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jfr-top")) {
            JfrTop.print(Path.of(args[1]), System.out, args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        Bench bench = new Bench(Options.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::killAll));
        bench.run();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the run

    void run() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(o.work);
        deleteTree(o.work.resolve("servers"));
        deleteTree(o.work.resolve("ref"));
        Path inbox = o.work.resolve("inbox");
        Path big = inbox.resolve("big/lecture.mp4");
        log("Preparing inputs in %s", inbox);
        ensureFile(big, o.bigMiB << 20);
        List<Path> small = new ArrayList<>();
        for (int i = 0; i < o.jobs; i++) {
            small.add(ensureFile(inbox.resolve(String.format("small/clip-%05d.mp4", i)), o.smallKiB << 10));
        }

        Server server = coldStarts(inbox);
        try {
            bigFile(server, big);
            jobs(server, small);
            bundle(server);
        } finally {
            log("Stopping the server");
            server.stop();
        }
        String load = Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        details.add(String.format("Whole benchmark: %.0f s; load average (1 min) at the end: %s.", (System.nanoTime() - began) / 1e9, load));
        report();
    }

    // ---------------------------------------------------------------------------------------------------------
    // (c) cold start

    /** Fresh copies started in turn; the last one stays up for the other measurements. */
    Server coldStarts(Path inbox) throws Exception {
        List<Double> ready = new ArrayList<>();
        List<Double> answering = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        Server last = null;
        for (int i = 1; i <= o.starts; i++) {
            Server s = Server.create(o.assembly, o.work.resolve("servers/cold-" + i), inbox, o.extra);
            live.add(s);
            log("Cold start %d of %d (%s)", i, o.starts, s.home);
            Server.Start t = s.start(http);
            ready.add(t.readyMs());
            answering.add(t.answeringMs());
            cpu.add(t.cpuMs());
            log("  HTTP answering after %.2f s, ready (authenticated 200 on /services/count) after %.2f s; server CPU %.1f s",
                    t.answeringMs() / 1000, t.readyMs() / 1000, t.cpuMs() / 1000);
            if (i < o.starts) {
                s.stop();
                live.remove(s);
                deleteTree(s.home);
            } else {
                last = s;
            }
        }
        // reference: the same server started again with its data/ (Karaf's resolved bundle cache) kept
        List<Double> restarts = new ArrayList<>();
        List<Double> restartCpu = new ArrayList<>();
        for (int i = 1; i <= o.restarts; i++) {
            last.stop();
            Server.Start t = last.start(http);
            restarts.add(t.readyMs());
            restartCpu.add(t.cpuMs());
            log("  restart %d keeping data/: ready after %.2f s; server CPU %.1f s", i, t.readyMs() / 1000, t.cpuMs() / 1000);
        }
        double med = median(ready);
        details.add("(c) cold starts: ready after " + fmtList(ready) + " ms, Jetty answering after " + fmtList(answering)
                + " ms, server JVM CPU time when ready " + fmtList(cpu) + " ms (on " + Runtime.getRuntime().availableProcessors()
                + " CPUs: a floor for the wall time of an idle machine is CPU ÷ CPUs)"
                + (restarts.isEmpty() ? "." : "; restarts keeping data/: ready after " + fmtList(restarts) + " ms, CPU "
                        + fmtList(restartCpu) + " ms."));
        rows.add(new Row("(c) cold start → first authenticated 200 on /services/count; fresh copy, no data/; median of " + o.starts,
                secs(med) + " (" + secs(min(ready)) + "–" + secs(max(ready)) + ")",
                "Jetty answering anything: " + secs(median(answering))
                        + (restarts.isEmpty() ? "" : " · restart keeping data/: " + secs(median(restarts)))
                        + " · server CPU used until ready: " + secs(median(cpu)),
                "≤ 8 s: " + verdict(med <= 8000)));
        return last;
    }

    // ---------------------------------------------------------------------------------------------------------
    // (a) one big file, synchronously

    void bigFile(Server s, Path big) throws Exception {
        long size = Files.size(big);
        String label = size == 1L << 30 ? "1 GiB" : (size >> 20) + " MiB";
        String mpId = "bench-big";
        Path published = s.downloads().resolve("default/engage-player/" + mpId + "/track-1/" + big.getFileName());
        Map<Boolean, List<Double>> syndicast = new LinkedHashMap<>();
        for (boolean check : new boolean[] { false, true }) {
            Map<String, String> form = form("mediapackage", mediaPackage(mpId, big, size), "channelId", "engage-player",
                    "elementId", "[\"track-1\"]", "checkAvailability", Boolean.toString(check));
            List<Double> times = new ArrayList<>();
            boolean linked = true;
            for (int run = 0; run <= o.runs; run++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = post(s, "/distribution/download/distributesync", form);
                double ms = (System.nanoTime() - t0) / 1e6;
                require(r.statusCode() == 200 && r.body().contains("/static/default/engage-player/" + mpId + "/track-1/"),
                        "distributesync answered " + r.statusCode() + ": " + r.body());
                require(Files.size(published) == size, "published file has the wrong size");
                linked &= inode(published).equals(inode(big));
                if (run > 0) {
                    times.add(ms);
                }
                HttpResponse<String> back = post(s, "/distribution/download/retractsync", form);
                require(back.statusCode() == 200 && !Files.exists(published), "retractsync answered " + back.statusCode());
            }
            log("  distributesync %s checkAvailability=%s: %s ms", label, check, fmtList(times));
            syndicast.put(check, times);
            details.add(String.format("(a) checkAvailability=%s: runs %s ms; published file %s the inbox file.", check,
                    fmtList(times), linked ? "is a hard link to (same inode as)" : "is a COPY of (other inode than)"));
        }

        // references on the same file, same file system, same run
        Path refDir = Files.createDirectories(o.work.resolve("ref"));
        Path target = refDir.resolve(big.getFileName());
        List<Double> ln = new ArrayList<>();
        List<Double> cp = new ArrayList<>();
        List<Double> linkCall = new ArrayList<>();
        for (int run = 0; run <= o.runs; run++) {
            double t = timeCommand("ln", big.toString(), target.toString());
            Files.delete(target);
            long t0 = System.nanoTime();
            Files.createLink(target, big);
            double call = (System.nanoTime() - t0) / 1e6;
            Files.delete(target);
            if (run > 0) {
                ln.add(t);
                linkCall.add(call);
            }
        }
        for (int run = 0; run <= o.runs; run++) {
            double t = timeCommand("cp", big.toString(), target.toString());
            Files.delete(target);
            timeCommand("sync"); // untimed: leave no dirty pages behind for the next run
            if (run > 0) {
                cp.add(t);
            }
        }
        log("  ln: %s ms; cp: %s ms", fmtList(ln), fmtList(cp));
        details.add("(a) ln (command): " + fmtList(ln) + " ms; Files.createLink in process: " + fmtList(linkCall)
                + " ms; cp: " + fmtList(cp) + " ms. Page cache not dropped (not possible here): the source file is cached.");
        double lnMed = median(ln);
        for (var e : syndicast.entrySet()) {
            double med = median(e.getValue());
            rows.add(new Row("(a) POST distributesync, " + label + " inbox file, checkAvailability=" + e.getKey() + "; median of "
                    + o.runs + " after 1 warm-up",
                    ms(med) + " (" + ms(min(e.getValue())) + "–" + ms(max(e.getValue())) + ")",
                    "ln " + ms(lnMed) + " · cp " + ms(median(cp)),
                    "≤ ln + 50 ms = " + ms(lnMed + 50) + ": " + verdict(med <= lnMed + 50)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // (b) many small queued jobs

    void jobs(Server s, List<Path> small) throws Exception {
        int warm = Math.min(o.warmupJobs, small.size());
        log("  warm-up: %d jobs", warm);
        jobRun(s, "warm", small.subList(0, warm), false);

        JobRun run = jobRun(s, "jobs", small, false);
        report(run, "checkAvailability=false");
        Floor floor = floor(s, run.ids(), o.jobs);
        log("  HTTP floor: %.0f req/s, p50 %.1f ms, p99 %.1f ms", floor.perSecond, floor.p50, floor.p99);
        boolean rateOk = run.perSecond() >= 500;
        rows.add(new Row("(b) " + run.n + " queued distributions (POST /distribution/download/), 4 KiB files, distinct packages, "
                + o.concurrency + " clients, checkAvailability=false: throughput, first submit → last FINISHED",
                String.format("%.0f jobs/s (server-stamped %.0f)", run.perSecond(), run.serverPerSecond()),
                String.format("HTTP floor: %.0f GET job/s", floor.perSecond),
                "≥ 500 jobs/s: " + verdict(rateOk)));
        rows.add(new Row("(b) same run: submit → FINISHED p50 / p99, client-observed (poll every " + o.pollMs + " ms)",
                ms(run.clientP(0.5)) + " / " + ms(run.clientP(0.99)),
                "GET job p50 / p99: " + ms(floor.p50) + " / " + ms(floor.p99),
                "p99 ≤ 100 ms: " + verdict(run.clientP(0.99) <= 100)));
        rows.add(new Row("(b) same run: dateCompleted − dateCreated p50 / p99, server-stamped",
                ms(run.serverP(0.5)) + " / " + ms(run.serverP(0.99)), "", "p99 ≤ 100 ms: " + verdict(run.serverP(0.99) <= 100)));

        if (o.relaxedPollMs > 0) {
            JobRun relaxed = jobRun(s, "relaxed", small, false, o.relaxedPollMs);
            report(relaxed, "checkAvailability=false, polling every " + o.relaxedPollMs + " ms");
            rows.add(new Row("(b) as the first run, but clients poll every " + o.relaxedPollMs
                    + " ms (less load from polling): throughput; p50 / p99 server-stamped",
                    String.format("%.0f jobs/s (server-stamped %.0f); %s / %s", relaxed.perSecond(), relaxed.serverPerSecond(),
                            ms(relaxed.serverP(0.5)), ms(relaxed.serverP(0.99))),
                    "",
                    "≥ 500 jobs/s: " + verdict(relaxed.perSecond() >= 500) + "; p99 ≤ 100 ms: " + verdict(relaxed.serverP(0.99) <= 100)));
        }

        if (o.burstJobs > 0) {
            burst(s, small.subList(0, Math.min(o.burstJobs, small.size())), "burst");
        }

        if (o.checkJobs > 0) {
            List<Path> files = small.subList(0, Math.min(o.checkJobs, small.size()));
            JobRun checked = jobRun(s, "check", files, true);
            report(checked, "checkAvailability=true");
            rows.add(new Row("(b) " + checked.n + " queued distributions as above, checkAvailability=true: throughput; p50 / p99 client, server",
                    String.format("%.0f jobs/s; %s / %s; %s / %s", checked.perSecond(), ms(checked.clientP(0.5)),
                            ms(checked.clientP(0.99)), ms(checked.serverP(0.5)), ms(checked.serverP(0.99))),
                    "",
                    "≥ 500 jobs/s: " + verdict(checked.perSecond() >= 500) + "; p99 ≤ 100 ms: "
                            + verdict(checked.clientP(0.99) <= 100)));
        }

        if (o.profile) {
            long pid = s.javaPid();
            Path jfr = o.work.resolve("jobs-profile.jfr");
            Files.deleteIfExists(jfr);
            log("  profiling a further run with JFR in process %d", pid);
            runChecked("jcmd", Long.toString(pid), "JFR.start", "name=syndicast-bench", "settings=profile", "filename=" + jfr);
            JobRun profiled = jobRun(s, "prof", small, false);
            runChecked("jcmd", Long.toString(pid), "JFR.stop", "name=syndicast-bench");
            details.add(String.format("(b) profiled run (JFR on, settings=profile): %.0f jobs/s, client p99 %s; recording %s",
                    profiled.perSecond(), ms(profiled.clientP(0.99)), jfr));
            summarize(jfr, o.work.resolve("jobs-profile.txt"));

            Path burstJfr = o.work.resolve("burst-profile.jfr");
            Files.deleteIfExists(burstJfr);
            log("  profiling a further burst with JFR");
            runChecked("jcmd", Long.toString(pid), "JFR.start", "name=syndicast-burst", "settings=profile", "filename=" + burstJfr);
            int rowCount = rows.size();
            burst(s, small, "profiled burst (JFR on)");
            rows.subList(rowCount, rows.size()).clear();
            runChecked("jcmd", Long.toString(pid), "JFR.stop", "name=syndicast-burst");
            summarize(burstJfr, o.work.resolve("burst-profile.txt"));
        }
    }

    void summarize(Path jfr, Path text) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(text), true, StandardCharsets.UTF_8)) {
            JfrTop.print(jfr, out, 25);
        }
        details.add("Profile summary of " + jfr.getFileName() + " written to " + text);
    }

    /**
     * The server's capacity without the load of polling: the clients only submit, as fast as they can, then the
     * bench waits for the newest job and counts; latency comes from the server's stamps, read once at the end.
     */
    void burst(Server s, List<Path> files, String label) throws Exception {
        int n = files.size();
        String type = "org.syndicast.distribution.download";
        long done0 = count(s, type, "FINISHED") + count(s, type, "FAILED");
        long[] ids = new long[n];
        AtomicInteger next = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        for (int t = 0; t < o.concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        Path file = files.get(i);
                        HttpResponse<String> r = post(s, CHANNEL_PATH, form("mediapackage",
                                mediaPackage("burst-" + nonce + "-" + i, file, Files.size(file)), "channelId", "engage-player",
                                "elementId", "[\"track-1\"]", "checkAvailability", "false"));
                        if (r.statusCode() == 200) {
                            ids[i] = Long.parseLong(match(JOB_ID, r.body()));
                        } else {
                            failures.add("submit " + r.statusCode());
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            });
            thread.start();
            threads.add(thread);
        }
        Cpu before = Cpu.now(s.javaPid());
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double submitMs = (System.nanoTime() - t0) / 1e6;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        // Jobs are claimed oldest first, so wait for the newest one by reading it (a primary-key read), then
        // confirm with counts: a count reads the whole job table, and the bench's own load must stay small.
        long newest = Arrays.stream(ids).max().orElse(0);
        while (newest > 0 && System.nanoTime() < deadline && !terminal(match(JOB_STATUS, get(s, "/services/job/" + newest + ".xml").body()))) {
            Thread.sleep(50);
        }
        while (count(s, type, "FINISHED") + count(s, type, "FAILED") < done0 + n - failures.size() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        double doneMs = (System.nanoTime() - t0) / 1e6;
        Cpu.Delta cpu = Cpu.now(s.javaPid()).minus(before);
        List<Double> latency = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        int failed = failures.size();
        for (long id : ids) {
            if (id == 0) {
                continue;
            }
            String doc = get(s, "/services/job/" + id + ".xml").body();
            if (!"FINISHED".equals(match(JOB_STATUS, doc))) {
                failed++;
                continue;
            }
            long c = Instant.parse(text(doc, "dateCreated")).toEpochMilli();
            long d = Instant.parse(text(doc, "dateCompleted")).toEpochMilli();
            first = Math.min(first, c);
            last = Math.max(last, d);
            latency.add((double) (d - c));
        }
        double serverRate = latency.size() / ((last - first) / 1000.0);
        double[] sorted = latency.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        log("  %s: %d jobs submitted in %.2f s (%.0f/s), all done after %.2f s; server-stamped %.0f jobs/s; %d failed",
                label, n, submitMs / 1000, n / (submitMs / 1000), doneMs / 1000, serverRate, failed);
        details.add(String.format("(b) %s: %d jobs submitted by %d clients in %.2f s (%.0f submits/s), no polling; all done %.2f s"
                + " after the first submit; server-stamped first dateCreated → last dateCompleted %.0f jobs/s; queue builds up, so"
                + " dateCompleted − dateCreated (p50 %s, p99 %s) is mostly waiting; %d failed. %s", label, n, o.concurrency, submitMs / 1000,
                n / (submitMs / 1000), doneMs / 1000, serverRate, ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.99)), failed,
                cpu.describe(n, "job")));
        rows.add(new Row("(b) capacity: " + n + " jobs as above submitted by " + o.concurrency
                + " clients without polling; server-stamped first dateCreated → last dateCompleted",
                String.format("%.0f jobs/s", serverRate),
                String.format("submits alone: %.0f/s", n / (submitMs / 1000)),
                "≥ 500 jobs/s: " + verdict(serverRate >= 500)));
    }

    long count(Server s, String type, String status) throws Exception {
        HttpResponse<String> r = get(s, "/services/count?serviceType=" + type + "&status=" + status);
        require(r.statusCode() == 200, "count answered " + r.statusCode());
        return Long.parseLong(r.body().trim());
    }

    void report(JobRun run, String what) {
        log("  %s: %d jobs in %.2f s = %.0f jobs/s (server-stamped %.0f); client p50 %.1f p99 %.1f ms; server p50 %.0f p99 %.0f ms",
                what, run.n, run.wallMs / 1000, run.perSecond(), run.serverPerSecond(), run.clientP(0.5), run.clientP(0.99),
                run.serverP(0.5), run.serverP(0.99));
        details.add(String.format("(b) %s: wall %.2f s client, %.2f s server-stamped; queue (dateStarted − dateCreated) p50 %s p99 %s;"
                + " run (dateCompleted − dateStarted) p50 %s p99 %s; submit answered p50 %s p99 %s; %d polls (%.1f per job); %d failed. %s",
                what, run.wallMs / 1000, run.serverWallMs / 1000, ms(run.p(run.queue, 0.5)), ms(run.p(run.queue, 0.99)),
                ms(run.p(run.runtime, 0.5)), ms(run.p(run.runtime, 0.99)), ms(run.p(run.submit, 0.5)), ms(run.p(run.submit, 0.99)),
                run.polls, (double) run.polls / run.n, run.failed, run.cpu.describe(run.n, "job")));
    }

    /** Submits one job per file from {@code concurrency} threads, each polling its job until it is done. */
    JobRun jobRun(Server s, String prefix, List<Path> files, boolean check) throws Exception {
        return jobRun(s, prefix, files, check, o.pollMs);
    }

    JobRun jobRun(Server s, String prefix, List<Path> files, boolean check, int pollMs) throws Exception {
        Cpu before = Cpu.now(s.javaPid());
        JobRun run = jobRunInner(s, prefix, files, check, pollMs);
        run.cpu = Cpu.now(s.javaPid()).minus(before);
        return run;
    }

    JobRun jobRunInner(Server s, String prefix, List<Path> files, boolean check, int pollMs) throws Exception {
        int n = files.size();
        long[] submitted = new long[n];
        long[] accepted = new long[n];
        long[] finished = new long[n];
        long[] created = new long[n];
        long[] started = new long[n];
        long[] completed = new long[n];
        long[] ids = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        for (int t = 0; t < o.concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        Path file = files.get(i);
                        String mp = mediaPackage(prefix + "-" + nonce + "-" + i, file, Files.size(file));
                        Map<String, String> form = form("mediapackage", mp, "channelId", "engage-player", "elementId",
                                "[\"track-1\"]", "checkAvailability", Boolean.toString(check));
                        submitted[i] = System.nanoTime();
                        HttpResponse<String> r = post(s, CHANNEL_PATH, form);
                        accepted[i] = System.nanoTime();
                        if (r.statusCode() != 200) {
                            failures.add("submit " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                        long id = Long.parseLong(match(JOB_ID, r.body()));
                        ids[i] = id;
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                        String doc;
                        String status;
                        do {
                            Thread.sleep(pollMs);
                            HttpResponse<String> p = get(s, "/services/job/" + id + ".xml");
                            polls.incrementAndGet();
                            doc = p.body();
                            status = p.statusCode() == 200 ? match(JOB_STATUS, doc) : "HTTP" + p.statusCode();
                        } while (!terminal(status) && System.nanoTime() < deadline);
                        finished[i] = System.nanoTime();
                        if (!"FINISHED".equals(status)) {
                            failures.add("job " + id + " " + status + ": " + text(doc, "failure"));
                            continue;
                        }
                        created[i] = Instant.parse(text(doc, "dateCreated")).toEpochMilli();
                        started[i] = Instant.parse(text(doc, "dateStarted")).toEpochMilli();
                        completed[i] = Instant.parse(text(doc, "dateCompleted")).toEpochMilli();
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }, "bench-client-" + t);
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            log("  %d job(s) failed, first: %s", failures.size(), failures.get(0));
        }
        require(failures.size() < n, "every job failed; first: " + (failures.isEmpty() ? "" : failures.get(0)));
        return new JobRun(n, submitted, accepted, finished, created, started, completed, ids, polls.get(), failures.size());
    }

    record Floor(double perSecond, double p50, double p99) {
    }

    /** The same clients reading finished jobs as fast as they can: what the HTTP/auth/JAX-RS/DB stack alone gives. */
    Floor floor(Server s, long[] ids, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        double[] lat = new double[n];
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < o.concurrency; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = get(s, "/services/job/" + ids[i % ids.length] + ".xml");
                        lat[i] = (System.nanoTime() - t0) / 1e6;
                        if (r.statusCode() != 200) {
                            failures.add("GET job " + r.statusCode());
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            });
            thread.start();
            threads.add(thread);
        }
        Cpu before = Cpu.now(s.javaPid());
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        details.add(String.format("(b) HTTP floor (GET /services/job/{id}.xml, %d clients): %.0f req/s. %s", o.concurrency,
                n / (wall / 1000), Cpu.now(s.javaPid()).minus(before).describe(n, "request")));
        require(failures.isEmpty(), "HTTP floor: " + (failures.isEmpty() ? "" : failures.get(0)));
        double[] sorted = lat.clone();
        Arrays.sort(sorted);
        return new Floor(n / (wall / 1000), percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    // ---------------------------------------------------------------------------------------------------------
    // (c) hot deploy

    void bundle(Server s) throws Exception {
        String location = "mvn:org.syndicast/channel-download/" + o.version;
        Map<String, String> probe = form("mediapackage", "x");
        List<Double> gone = new ArrayList<>();
        List<Double> back = new ArrayList<>();
        List<Double> uninstallCall = new ArrayList<>();
        List<Double> installCall = new ArrayList<>();
        require(post(s, CHANNEL_PATH, probe).statusCode() == 400, "the download channel does not answer 400 before the test");
        try (Jmx jmx = new Jmx(s.rmiRegistryPort, s.rmiServerPort)) {
            for (int run = 0; run <= o.bundleRuns; run++) {
                long id = jmx.bundleId(BUNDLE);
                require(id > 0, "bundle " + BUNDLE + " not installed");
                long t0 = System.nanoTime();
                jmx.uninstall(id);
                double call = (System.nanoTime() - t0) / 1e6;
                double g = awaitStatus(s, probe, t0, code -> code == 404, 10_000);
                Thread.sleep(300);

                long t1 = System.nanoTime();
                jmx.install(location);
                double call2 = (System.nanoTime() - t1) / 1e6;
                double b = awaitStatus(s, probe, t1, code -> code != 404, 30_000);
                require(post(s, CHANNEL_PATH, probe).statusCode() == 400, "the reinstalled channel does not answer 400");
                log("  bundle cycle %d: uninstall call %.0f ms, 404 after %.0f ms; install call %.0f ms, back after %.0f ms",
                        run, call, g, call2, b);
                if (run > 0) {
                    gone.add(g);
                    back.add(b);
                    uninstallCall.add(call);
                    installCall.add(call2);
                }
                Thread.sleep(300);
            }
        }
        details.add("(c) uninstall → 404: " + fmtList(gone) + " ms; install → non-404: " + fmtList(back)
                + " ms (each after 1 warm-up cycle; the endpoint is polled with POST mediapackage=x as fast as it answers).");
        rows.add(new Row("(c) bundle uninstall (Karaf JMX) → /distribution/download/ answers 404; median of " + o.bundleRuns,
                ms(median(gone)) + " (" + ms(min(gone)) + "–" + ms(max(gone)) + ")",
                "JMX uninstall call returns: " + ms(median(uninstallCall)),
                "≤ 1 s: " + verdict(median(gone) <= 1000)));
        rows.add(new Row("(c) bundle install " + location + " (start=true) → endpoint answers non-404 (400); median of " + o.bundleRuns,
                ms(median(back)) + " (" + ms(min(back)) + "–" + ms(max(back)) + ")",
                "JMX install call returns: " + ms(median(installCall)),
                "≤ 1 s: " + verdict(median(back) <= 1000)));
    }

    /** Milliseconds from {@code t0} to the first answer whose status passes. */
    double awaitStatus(Server s, Map<String, String> form, long t0, java.util.function.IntPredicate ok, long timeoutMs)
            throws Exception {
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = post(s, CHANNEL_PATH, form).statusCode();
            long now = System.nanoTime();
            if (ok.test(last)) {
                return (now - t0) / 1e6;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no expected answer within " + timeoutMs + " ms, last " + last);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the report

    void report() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## Syndicast benchmark, ").append(LocalDateTime.now().withNano(0)).append("\n\n");
        if (o.machine != null && Files.exists(o.machine)) {
            out.append(Files.readString(o.machine).strip()).append("\n\n");
        }
        for (String[] e : o.extra) {
            out.append("**Experiment:** etc/").append(e[0]).append(".cfg ").append(e[1]).append(" = ").append(e[2]).append("\n\n");
        }
        out.append("| measurement | Syndicast | reference (same run) | target |\n|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.what).append(" | ").append(r.syndicast).append(" | ").append(r.reference).append(" | ")
                    .append(r.target).append(" |\n");
        }
        out.append("\nFigures: median (min–max). Details:\n\n");
        for (String d : details) {
            out.append("- ").append(d).append('\n');
        }
        System.out.println();
        System.out.print(out);
        Files.writeString(o.work.resolve("last-run.md"), out);
        Files.writeString(o.work.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"), out);
    }

    record Row(String what, String syndicast, String reference, String target) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // HTTP

    HttpResponse<String> post(Server s, String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(300))
                .header("Authorization", AUTH).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(Server s, String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH).GET().build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String mediaPackage(String id, Path file, long size) {
        return "<mediapackage xmlns=\"http://mediapackage.opencastproject.org\" id=\"" + id
                + "\" start=\"2026-11-14T22:13:20Z\" duration=\"60000\"><title>Benchmark</title><media>"
                + "<track id=\"track-1\" type=\"presenter/delivery\"><mimetype>video/mp4</mimetype><tags><tag>engage-download</tag></tags>"
                + "<url>" + escape(file.toUri().toString()) + "</url><size>" + size + "</size><duration>60000</duration></track>"
                + "</media></mediapackage>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static boolean terminal(String status) {
        return switch (status) {
            case "FINISHED", "FAILED", "CANCELLED", "DELETED" -> true;
            default -> status.startsWith("HTTP") && !status.equals("HTTP200");
        };
    }

    static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("not a job document: " + s);
        }
        return m.group(1);
    }

    static String text(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + name + ">").matcher(xml == null ? "" : xml);
        return m.find() ? m.group(1) : "";
    }

    // ---------------------------------------------------------------------------------------------------------
    // files and processes

    /** A file of {@code size} bytes of random-looking data (not sparse, so cp really copies); kept between runs. */
    static Path ensureFile(Path file, long size) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Random random = new Random(file.getFileName().hashCode());
        byte[] block = new byte[(int) Math.min(size, 4 << 20)];
        random.nextBytes(block);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long left = size;
            long counter = 0;
            while (left > 0) {
                // vary each block a little so that no two blocks are equal
                block[0] = (byte) counter;
                block[1] = (byte) (counter >> 8);
                counter++;
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino");
    }

    /** Milliseconds a command takes, process start to exit, as a shell user would see it. */
    static double timeCommand(String... command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).inheritIO().start();
        int code = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        require(code == 0, String.join(" ", command) + " exited with " + code);
        return ms;
    }

    static void runChecked(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        require(p.waitFor() == 0, String.join(" ", command) + " failed");
    }

    static void deleteTree(Path dir) throws IOException, InterruptedException {
        if (Files.exists(dir)) {
            require(new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start().waitFor() == 0, "rm -rf " + dir);
        }
    }

    void killAll() {
        for (Server s : live) {
            s.kill();
        }
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    static void log(String format, Object... args) {
        System.err.println("[bench " + LocalDateTime.now().toLocalTime().withNano(0) + "] " + String.format(format, args));
    }

    // ---------------------------------------------------------------------------------------------------------
    // statistics and formatting

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v < 10 ? String.format("%.1f ms", v) : String.format("%.0f ms", v);
    }

    static String secs(double millis) {
        return String.format("%.1f s", millis / 1000);
    }

    static String fmtList(List<Double> xs) {
        return xs.stream().map(v -> v < 10 ? String.format("%.1f", v) : String.format("%.0f", v)).collect(Collectors.joining(", "));
    }

    static String verdict(boolean ok) {
        return ok ? "**met**" : "**missed**";
    }

    /** One run of queued jobs: client clocks in ns, server stamps in ms. */
    static final class JobRun {
        Cpu.Delta cpu;
        final int n;
        final int polls;
        final int failed;
        final double wallMs;
        final double serverWallMs;
        final double[] client;
        final double[] server;
        final double[] queue;
        final double[] runtime;
        final double[] submit;
        final long[] ids;

        JobRun(int n, long[] submitted, long[] accepted, long[] finished, long[] created, long[] started, long[] completed,
                long[] ids, int polls, int failed) {
            this.n = n;
            this.polls = polls;
            this.failed = failed;
            this.ids = Arrays.stream(ids).filter(id -> id > 0).toArray();
            long first = Arrays.stream(submitted).filter(t -> t != 0).min().orElse(0);
            long last = Arrays.stream(finished).max().orElse(0);
            this.wallMs = (last - first) / 1e6;
            List<Integer> ok = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (completed[i] != 0) {
                    ok.add(i);
                }
            }
            long serverFirst = ok.stream().mapToLong(i -> created[i]).min().orElse(0);
            long serverLast = ok.stream().mapToLong(i -> completed[i]).max().orElse(0);
            this.serverWallMs = serverLast - serverFirst;
            this.client = sorted(ok, i -> (finished[i] - submitted[i]) / 1e6);
            this.server = sorted(ok, i -> (double) (completed[i] - created[i]));
            this.queue = sorted(ok, i -> (double) (started[i] - created[i]));
            this.runtime = sorted(ok, i -> (double) (completed[i] - started[i]));
            this.submit = sorted(ok, i -> (accepted[i] - submitted[i]) / 1e6);
        }

        private static double[] sorted(List<Integer> ok, IntFunction<Double> f) {
            return ok.stream().mapToDouble(i -> f.apply(i)).sorted().toArray();
        }

        long[] ids() {
            return ids;
        }

        double perSecond() {
            return (n - failed) / (wallMs / 1000);
        }

        double serverPerSecond() {
            return (n - failed) / (serverWallMs / 1000);
        }

        double clientP(double p) {
            return percentile(client, p);
        }

        double serverP(double p) {
            return percentile(server, p);
        }

        double p(double[] a, double p) {
            return percentile(a, p);
        }
    }


    /** CPU time of the server JVM, of this client, and of the whole machine (from /proc/stat), to tell them apart. */
    record Cpu(long wallNs, long serverNs, long clientNs, long machineBusyNs, long machineTotalNs) {
        static Cpu now(long serverPid) {
            long server = ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
            long client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long busy = 0;
            long total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long tick = 10_000_000L; // USER_HZ = 100 on Linux
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    long v = Long.parseLong(f[i]) * tick;
                    total += v;
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += v;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: the machine figures stay 0
            }
            return new Cpu(System.nanoTime(), server, client, busy, total);
        }

        Delta minus(Cpu before) {
            return new Delta(wallNs - before.wallNs, serverNs - before.serverNs, clientNs - before.clientNs,
                    machineBusyNs - before.machineBusyNs, machineTotalNs - before.machineTotalNs);
        }

        record Delta(long wallNs, long serverNs, long clientNs, long busyNs, long totalNs) {
            String describe(int n, String unit) {
                double cpus = Runtime.getRuntime().availableProcessors();
                double others = Math.max(0, busyNs - serverNs - clientNs);
                return String.format("CPU: server %.2f ms/%s, client %.2f ms/%s; machine %.0f%% busy of %.0f CPUs"
                        + " (server %.0f%%, client %.0f%%, other processes %.0f%%).",
                        serverNs / 1e6 / n, unit, clientNs / 1e6 / n, unit, totalNs == 0 ? 0 : 100.0 * busyNs / totalNs, cpus,
                        100.0 * serverNs / (wallNs * cpus), 100.0 * clientNs / (wallNs * cpus), 100.0 * others / (wallNs * cpus));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the server under test

    /** A fresh copy of the assembly on free loopback ports, started with bin/karaf server. */
    static final class Server {
        final Path home;
        final int httpPort = freePort();
        final int sshPort = freePort();
        final int rmiRegistryPort = freePort();
        final int rmiServerPort = freePort();
        Process process;

        private Server(Path home) {
            this.home = home;
        }

        static Server create(Path assembly, Path home, Path inbox, List<String[]> extra) throws IOException, InterruptedException {
            deleteTree(home);
            Files.createDirectories(home.getParent());
            require(new ProcessBuilder("cp", "-a", assembly.toString(), home.toString()).inheritIO().start().waitFor() == 0,
                    "cannot copy " + assembly);
            deleteTree(home.resolve("data"));
            Server s = new Server(home);
            s.set("org.ops4j.pax.web", "org.osgi.service.http.port", Integer.toString(s.httpPort));
            s.set("org.ops4j.pax.web", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
            s.set("org.apache.karaf.shell", "sshPort", Integer.toString(s.sshPort));
            s.set("org.apache.karaf.shell", "sshHost", "127.0.0.1");
            s.set("org.apache.karaf.management", "rmiRegistryPort", Integer.toString(s.rmiRegistryPort));
            s.set("org.apache.karaf.management", "rmiServerPort", Integer.toString(s.rmiServerPort));
            s.set("org.syndicast.distribution.core", "server.url", s.base());
            s.set("org.syndicast.distribution.core", "inbox.roots", inbox.toAbsolutePath().toString());
            s.set("org.syndicast.channel.download", "url", s.base() + "/static");
            for (String[] e : extra) {
                s.set(e[0], e[1], e[2]);
            }
            return s;
        }

        String base() {
            return "http://127.0.0.1:" + httpPort;
        }

        Path downloads() {
            return home.resolve("downloads");
        }

        void set(String pid, String key, String value) {
            Path file = home.resolve("etc/" + pid + ".cfg");
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
                List<String> out = new ArrayList<>();
                boolean done = false;
                for (String line : lines) {
                    String t = line.trim();
                    boolean isKey = !t.startsWith("#") && (t.equals(key) || t.startsWith(key + " ") || t.startsWith(key + "=")
                            || t.startsWith(key + "\t"));
                    if (!isKey) {
                        out.add(line);
                    } else if (!done) {
                        out.add(key + " = " + value);
                        done = true;
                    }
                }
                if (!done) {
                    out.add(key + " = " + value);
                }
                Files.write(file, out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Times from process start, and the CPU time the server's JVM had used when it was ready. */
        record Start(double answeringMs, double readyMs, double cpuMs) {
        }

        /** Starts the server; times from process start to the first HTTP answer and to the first authenticated 200. */
        Start start(HttpClient http) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            HttpRequest probe = HttpRequest.newBuilder(URI.create(base() + "/services/count")).header("Authorization", AUTH)
                    .timeout(Duration.ofSeconds(5)).build();
            long t0 = System.nanoTime();
            process = pb.start();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
            double answering = -1;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
                }
                try {
                    int code = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (answering < 0) {
                        answering = ms;
                    }
                    if (code == 200) {
                        double cpu = ProcessHandle.of(javaPid()).flatMap(p -> p.info().totalCpuDuration())
                                .map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                        return new Start(answering, ms, cpu);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("server not ready after 180 s; see " + home.resolve("data/log/karaf.log"));
        }

        /** The server's JVM: bin/karaf's java child, or bin/karaf itself when it exec'd java. */
        long javaPid() {
            return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .map(ProcessHandle::pid).findFirst().orElse(process.pid());
        }

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

        void kill() {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Karaf's bundle MBean over its JMX/RMI connector, as an operator's tooling uses it. */
    static final class Jmx implements AutoCloseable {
        final JMXConnector connector;
        final MBeanServerConnection mbeans;
        final ObjectName bundles;

        Jmx(int registryPort, int serverPort) throws Exception {
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + serverPort + "/jndi/rmi://127.0.0.1:"
                    + registryPort + "/karaf-root");
            Map<String, Object> env = new HashMap<>();
            env.put(JMXConnector.CREDENTIALS, new String[] { USER, PASSWORD });
            connector = JMXConnectorFactory.connect(url, env);
            mbeans = connector.getMBeanServerConnection();
            bundles = new ObjectName("org.apache.karaf:type=bundle,name=root");
        }

        long bundleId(String symbolicName) throws Exception {
            TabularData table = (TabularData) mbeans.getAttribute(bundles, "Bundles");
            for (Object row : (Collection<?>) table.values()) {
                CompositeData data = (CompositeData) row;
                if (symbolicName.equals(data.get("Symbolic Name"))) {
                    return ((Number) data.get("ID")).longValue();
                }
            }
            return -1;
        }

        void uninstall(long id) throws Exception {
            mbeans.invoke(bundles, "uninstall", new Object[] { Long.toString(id) }, new String[] { String.class.getName() });
        }

        long install(String location) throws Exception {
            Object id = mbeans.invoke(bundles, "install", new Object[] { location, Boolean.TRUE },
                    new String[] { String.class.getName(), boolean.class.getName() });
            return ((Number) id).longValue();
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // options

    static final class Options {
        Path assembly;
        Path work;
        Path machine;
        String version = "0.1.0-SNAPSHOT";
        long bigMiB = 1024;
        int smallKiB = 4;
        int runs = 5;
        int starts = 3;
        int restarts = 1;
        int bundleRuns = 5;
        int jobs = 2000;
        int warmupJobs = 200;
        int checkJobs = 2000;
        int concurrency = 16;
        int pollMs = 5;
        int relaxedPollMs = 0;
        int burstJobs = 2000;
        boolean profile;
        /** Extra configuration for the server copies: {pid, key, value}; for experiments, never by default. */
        List<String[]> extra = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--assembly" -> o.assembly = Path.of(args[++i]).toAbsolutePath();
                    case "--work" -> o.work = Path.of(args[++i]).toAbsolutePath();
                    case "--machine" -> o.machine = Path.of(args[++i]);
                    case "--version" -> o.version = args[++i];
                    case "--big-mib" -> o.bigMiB = Long.parseLong(args[++i]);
                    case "--small-kib" -> o.smallKiB = Integer.parseInt(args[++i]);
                    case "--runs" -> o.runs = Integer.parseInt(args[++i]);
                    case "--starts" -> o.starts = Integer.parseInt(args[++i]);
                    case "--restarts" -> o.restarts = Integer.parseInt(args[++i]);
                    case "--bundle-runs" -> o.bundleRuns = Integer.parseInt(args[++i]);
                    case "--jobs" -> o.jobs = Integer.parseInt(args[++i]);
                    case "--warmup-jobs" -> o.warmupJobs = Integer.parseInt(args[++i]);
                    case "--check-jobs" -> o.checkJobs = Integer.parseInt(args[++i]);
                    case "--concurrency" -> o.concurrency = Integer.parseInt(args[++i]);
                    case "--poll-ms" -> o.pollMs = Integer.parseInt(args[++i]);
                    case "--relaxed-poll-ms" -> o.relaxedPollMs = Integer.parseInt(args[++i]);
                    case "--burst-jobs" -> o.burstJobs = Integer.parseInt(args[++i]);
                    case "--profile" -> o.profile = true;
                    case "--set" -> {
                        Matcher m = Pattern.compile("([^:]+):([^=]+)=(.*)").matcher(args[++i]);
                        require(m.matches(), "--set PID:KEY=VALUE");
                        o.extra.add(new String[] { m.group(1), m.group(2), m.group(3) });
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            require(o.assembly != null && Files.isDirectory(o.assembly.resolve("bin")), "--assembly DIR (a server assembly) is required");
            require(o.work != null, "--work DIR is required");
            require(o.starts >= 1 && o.runs >= 1 && o.bundleRuns >= 1 && o.jobs >= 1 && o.concurrency >= 1, "counts must be positive");
            return o;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // JFR summary

    /** Hot spots of a JFR recording: CPU samples by method and by thread, lock and I/O waits. */
    static final class JfrTop {
        static void print(Path file, PrintStream out, int top) throws IOException {
            Map<String, Long> self = new HashMap<>();
            Map<String, Long> selfPackage = new HashMap<>();
            Map<String, Long> ours = new HashMap<>();
            Map<String, Long> threads = new HashMap<>();
            Map<String, Double> monitors = new HashMap<>();
            Map<String, Double> io = new HashMap<>();
            Map<String, Long> ioCount = new HashMap<>();
            Map<String, Long> natives = new HashMap<>();
            Map<String, Double> parks = new HashMap<>();
            long samples = 0;
            try (var recording = new jdk.jfr.consumer.RecordingFile(file)) {
                while (recording.hasMoreEvents()) {
                    var e = recording.readEvent();
                    String type = e.getEventType().getName();
                    var stack = e.getStackTrace();
                    switch (type) {
                        case "jdk.ExecutionSample" -> {
                            samples++;
                            var thread = e.getThread("sampledThread");
                            String name = thread == null ? "?" : thread.getJavaName();
                            threads.merge(name == null ? "?" : name.replaceAll("[-#]?\\d+", "-N"), 1L, Long::sum);
                            if (stack == null || stack.getFrames().isEmpty()) {
                                continue;
                            }
                            var f = stack.getFrames().get(0);
                            self.merge(frame(f), 1L, Long::sum);
                            selfPackage.merge(pkg(f.getMethod().getType().getName()), 1L, Long::sum);
                            Set<String> seen = new HashSet<>();
                            for (var frame : stack.getFrames()) {
                                String k = frame(frame);
                                if (k.startsWith("org.syndicast.") && seen.add(k)) {
                                    ours.merge(k, 1L, Long::sum);
                                }
                            }
                        }
                        case "jdk.NativeMethodSample" -> {
                            var thread = e.getThread("sampledThread");
                            String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                            if (stack == null || stack.getFrames().isEmpty()) {
                                continue;
                            }
                            String top0 = frame(stack.getFrames().get(0));
                            if (!top0.contains("EPoll") && !top0.contains("accept") && !top0.contains("WatchService")) {
                                natives.merge(name.replaceAll("[-#]?\\d+", "-N") + " in " + top0 + " @ " + firstInteresting(stack),
                                        1L, Long::sum);
                            }
                        }
                        case "jdk.ThreadPark" -> {
                            if (!idle(stack)) {
                                parks.merge(where(stack), e.getDuration().toNanos() / 1e6, Double::sum);
                            }
                        }
                        case "jdk.JavaMonitorEnter" -> {
                            var cls = e.getClass("monitorClass");
                            monitors.merge((cls == null ? "?" : cls.getName()) + " @ " + where(stack),
                                    e.getDuration().toNanos() / 1e6, Double::sum);
                        }
                        case "jdk.FileForce", "jdk.FileWrite", "jdk.FileRead", "jdk.SocketRead", "jdk.SocketWrite" -> {
                            String k = type + " @ " + where(stack);
                            io.merge(k, e.getDuration().toNanos() / 1e6, Double::sum);
                            ioCount.merge(k, 1L, Long::sum);
                        }
                        default -> {
                        }
                    }
                }
            }
            out.printf("JFR %s: %d CPU samples%n", file, samples);
            section(out, "CPU samples by thread (digits folded)", threads, samples, top);
            section(out, "CPU samples by top frame (self time)", self, samples, top);
            section(out, "CPU samples by package of the top frame", selfPackage, samples, top);
            section(out, "CPU samples with an org.syndicast frame on the stack (inclusive)", ours, samples, top);
            long nativeTotal = natives.values().stream().mapToLong(Long::longValue).sum();
            section(out, "Native-method samples (threads blocked in native code, idle selectors left out)", natives, nativeTotal, top);
            out.println("\nThread parks over the threshold (total ms; idle pool threads left out), by first non-JDK frame ← first Syndicast frame");
            parks.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .forEach(en -> out.printf("  %9.1f ms  %s%n", en.getValue(), en.getKey()));
            out.println("\nMonitor waits over the threshold (total ms), by monitor class @ first non-JDK frame ← first Syndicast frame");
            monitors.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .forEach(en -> out.printf("  %9.1f ms  %s%n", en.getValue(), en.getKey()));
            out.println("\nI/O events over the threshold (total ms, count), by kind @ first non-JDK frame ← first Syndicast frame");
            io.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .forEach(en -> out.printf("  %9.1f ms %6d  %s%n", en.getValue(), ioCount.get(en.getKey()), en.getKey()));
        }

        private static void section(PrintStream out, String title, Map<String, Long> counts, long total, int top) {
            out.println("\n" + title);
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .forEach(en -> out.printf("  %6d %5.1f%%  %s%n", en.getValue(), 100.0 * en.getValue() / Math.max(1, total), en.getKey()));
        }

        private static String frame(jdk.jfr.consumer.RecordedFrame f) {
            return f.getMethod().getType().getName() + "." + f.getMethod().getName();
        }

        private static String pkg(String className) {
            String[] parts = className.split("\\.");
            return String.join(".", Arrays.copyOf(parts, Math.min(3, Math.max(1, parts.length - 1))));
        }

        /** The first non-JDK frame, and the first Syndicast frame below it when that is another one. */
        private static String where(jdk.jfr.consumer.RecordedStackTrace stack) {
            String first = firstInteresting(stack);
            if (stack == null || first.startsWith("org.syndicast.")) {
                return first;
            }
            return stack.getFrames().stream().map(JfrTop::frame).filter(f -> f.startsWith("org.syndicast.")).findFirst()
                    .map(f -> first + " ← " + f).orElse(first);
        }

        /** A pool thread waiting for work. */
        private static boolean idle(jdk.jfr.consumer.RecordedStackTrace stack) {
            return stack != null && stack.getFrames().stream().map(JfrTop::frame).anyMatch(f -> f.endsWith("ThreadPoolExecutor.getTask")
                    || f.endsWith("BlockingArrayQueue.poll") || f.endsWith("reservedWait") || f.endsWith("ScheduledThreadPoolExecutor$DelayedWorkQueue.take"));
        }

        private static String firstInteresting(jdk.jfr.consumer.RecordedStackTrace stack) {
            if (stack == null) {
                return "?";
            }
            return stack.getFrames().stream().map(JfrTop::frame)
                    .filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun."))
                    .findFirst().orElse(stack.getFrames().isEmpty() ? "?" : frame(stack.getFrames().get(0)));
        }
    }

}
