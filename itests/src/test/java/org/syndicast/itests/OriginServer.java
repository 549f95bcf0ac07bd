package org.syndicast.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP origin on 127.0.0.1 that elements can be fetched from (an allow-listed http source): serves the
 * files of a directory, can answer 503 to its first requests and can answer slowly.
 */
final class OriginServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long delayMillis;

    OriginServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                sleep(delayMillis);
                if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
        });
        server.start();
    }

    /** The URL prefix to allow-list and to build element URLs from, ending with '/'. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    int requests() {
        return requests.get();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
