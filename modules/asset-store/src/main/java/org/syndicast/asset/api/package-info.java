/**
 * Syndicast's asset store as other bundles see it: assets (Opencast media packages, Kaltura entries,
 * EnterMediaDB assets) with their metadata and elements, the bytes of those elements, the change history,
 * and EnterMediaDB-style public links. Every call names the tenant; one tenant never sees another's assets.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.asset.api;
