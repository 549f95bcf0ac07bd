/**
 * The SPI every Kaltura {@code /api_v3} service plugs into. A bundle registers a {@link
 * org.syndicast.kaltura.api.KalturaService} with {@code kaltura.service=<lower-case service name>}; the wire
 * (bundle {@code org.syndicast.kaltura.rest}) parses each call into {@link org.syndicast.kaltura.api.Params},
 * hands it over as a {@link org.syndicast.kaltura.api.KalturaCall}, and writes what the service answers
 * ({@link org.syndicast.kaltura.api.KObject}, {@link org.syndicast.kaltura.api.KList}, text, numbers, booleans,
 * {@link org.syndicast.kaltura.api.RawData}, or null for a void action) in XML or JSON as the official clients
 * read them. Failures are {@link org.syndicast.kaltura.api.KalturaException}s, answered in Kaltura's error
 * envelope with HTTP 200. The KS's details come from a {@link org.syndicast.kaltura.api.KalturaSessions} service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.syndicast.kaltura.api;
