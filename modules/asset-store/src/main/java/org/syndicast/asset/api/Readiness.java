package org.syndicast.asset.api;

/** Whether an asset can be used: new assets are PENDING until a client (or a later processing step) says otherwise. */
public enum Readiness {
    PENDING, PROCESSING, READY, ERROR
}
