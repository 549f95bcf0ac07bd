package org.syndicast.itests;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Manages bundles of the running server through Karaf's own JMX management (the {@code bundle} MBean), as
 * an operator's tooling would: the test needs no SSH client and no shell.
 */
final class KarafJmx implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final ObjectName bundles;

    KarafJmx(int registryPort, int serverPort, String user, String password) throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + serverPort + "/jndi/rmi://127.0.0.1:"
                + registryPort + "/karaf-root");
        Map<String, Object> env = new HashMap<>();
        env.put(JMXConnector.CREDENTIALS, new String[] { user, password });
        this.connector = JMXConnectorFactory.connect(url, env);
        this.mbeans = connector.getMBeanServerConnection();
        this.bundles = new ObjectName("org.apache.karaf:type=bundle,name=root");
    }

    /** The id of the bundle with this symbolic name, or -1. */
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

    void stop(long id) throws Exception {
        mbeans.invoke(bundles, "stop", new Object[] { Long.toString(id) }, new String[] { String.class.getName() });
    }

    void start(long id) throws Exception {
        mbeans.invoke(bundles, "start", new Object[] { Long.toString(id) }, new String[] { String.class.getName() });
    }

    void uninstall(long id) throws Exception {
        mbeans.invoke(bundles, "uninstall", new Object[] { Long.toString(id) }, new String[] { String.class.getName() });
    }

    long install(String location) throws Exception {
        Object id = mbeans.invoke(bundles, "install", new Object[] { location, Boolean.TRUE },
                new String[] { String.class.getName(), boolean.class.getName() });
        return ((Number) id).longValue();
    }

    /** The properties of the services a bundle registers, each as Karaf's service MBean shows them. */
    java.util.List<String> serviceProperties(long bundleId) throws Exception {
        TabularData table = (TabularData) mbeans.invoke(new ObjectName("org.apache.karaf:type=service,name=root"),
                "getServices", new Object[] { bundleId }, new String[] { long.class.getName() });
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object row : (Collection<?>) table.values()) {
            out.add(java.util.Arrays.toString((Object[]) ((CompositeData) row).get("Properties")));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
