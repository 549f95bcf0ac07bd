package org.syndicast.itests;

import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Samples the server's used heap through its JMX connector (the {@code java.lang:type=Memory} MBean) on a
 * background thread, to show that streaming a large element keeps it flat.
 */
final class AssetHeap implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final ObjectName memory = new ObjectName("java.lang:type=Memory");
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread sampler;

    AssetHeap(Path karafHome, String user, String password) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(karafHome.resolve("etc/org.apache.karaf.management.cfg"))) {
            p.load(in);
        }
        String registry = p.getProperty("rmiRegistryPort").trim();
        String server = p.getProperty("rmiServerPort").trim();
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + server + "/jndi/rmi://127.0.0.1:"
                + registry + "/karaf-root");
        Map<String, Object> env = new HashMap<>();
        env.put(JMXConnector.CREDENTIALS, new String[] { user, password });
        this.connector = connect(url, env);
        this.mbeans = connector.getMBeanServerConnection();
    }

    /** Karaf binds its connector a little after the HTTP API answers: try for up to 30 s. */
    private static JMXConnector connect(JMXServiceURL url, Map<String, Object> env) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return JMXConnectorFactory.connect(url, env);
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    MemoryUsage usage() throws Exception {
        return MemoryUsage.from((CompositeData) mbeans.getAttribute(memory, "HeapMemoryUsage"));
    }

    /** A full GC, then the heap in use: the baseline to compare with. */
    long settledUsed() throws Exception {
        mbeans.invoke(memory, "gc", null, null);
        return usage().getUsed();
    }

    void start() {
        peak.set(0);
        running.set(true);
        sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(usage().getUsed(), Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a missed sample does not matter
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling and returns the highest used heap seen. */
    long stop() throws InterruptedException {
        running.set(false);
        sampler.join(2000);
        return peak.get();
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
