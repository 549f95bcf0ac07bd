/**
 * Kaltura partners and sessions: the {@link org.syndicast.kaltura.session.Partners} (Syndicast's tenants as
 * Kaltura sees them, configured in {@code etc/}) and the {@link org.syndicast.kaltura.session.PartnerSessions}
 * that start, check and end a KS. The {@code /api_v3} services ask these; a KS on any endpoint is turned into
 * a {@link org.syndicast.distribution.api.auth.Caller} by the server's one authentication service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.kaltura.session;
