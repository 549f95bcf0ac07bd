package org.syndicast.system.health.impl;

/** The tags Syndicast's health checks carry ({@code hc.tags}). */
final class HealthChecks {
    /** Every check of the server's health: what /system/health and syndicast:health run. */
    static final String TAG = "syndicast";
    /** Checks whose failure means the node cannot serve (they answer CRITICAL). */
    static final String CRITICAL_TAG = "critical";

    private HealthChecks() {
    }
}
