package org.syndicast.transform.impl;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bytes a thread has allocated so far (garbage included), from HotSpot's {@code com.sun.management.ThreadMXBean}
 * (reached through boot delegation in Karaf; not imported). Where the JVM has none, every reading is 0 and the
 * allocation limit does not apply (logged once).
 */
final class AllocationMeter {
    private static final Logger LOG = LoggerFactory.getLogger(AllocationMeter.class);
    private static final com.sun.management.ThreadMXBean BEAN = bean();

    private AllocationMeter() {
    }

    static long allocated(Thread thread) {
        return BEAN == null || thread == null ? 0 : Math.max(0, BEAN.getThreadAllocatedBytes(thread.getId()));
    }

    private static com.sun.management.ThreadMXBean bean() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot
                    && hotspot.isThreadAllocatedMemorySupported()) {
                hotspot.setThreadAllocatedMemoryEnabled(true);
                return hotspot;
            }
        } catch (LinkageError | UnsupportedOperationException | SecurityException e) {
            // no HotSpot management here: fall through
        }
        LOG.warn("this JVM cannot measure what a thread allocates: allocation.limit.bytes does not apply");
        return null;
    }
}
